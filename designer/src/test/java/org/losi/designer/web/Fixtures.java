package org.losi.designer.web;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's own rules, and the fixture samples of these tests. */
final class Fixtures {
    private Fixtures() {}

    /** The repository's root: the nearest folder above the working directory that holds {@code rules/}. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("rules"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "no rules/ folder above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static Path rules() {
        return repositoryRoot().resolve("rules");
    }

    static Path samples() {
        URL demo = Fixtures.class.getResource("/samples/demo/cities.json");
        if (demo == null) {
            throw new IllegalStateException("the test resources have no samples/demo/cities.json");
        }
        try {
            return Path.of(demo.toURI()).getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static DesignerServer startOnFreePort() {
        return DesignerServer.start(rules(), samples(), DesignerServer.DEFAULT_HOST, 0);
    }
}

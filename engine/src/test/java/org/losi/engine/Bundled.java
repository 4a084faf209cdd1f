package org.losi.engine;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's own editions and samples, which tests use as real inputs. */
public final class Bundled {
    private Bundled() {}

    public static Path root() {
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

    public static Path rules() {
        return root().resolve("rules");
    }

    public static Path edition(String id) {
        return rules().resolve(id);
    }

    public static Path samples() {
        return root().resolve("samples");
    }
}

package org.losi.engine.regression;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

/** The suites under {@code src/test/resources/suites}, and copies of suites in temporary folders. */
final class Suites {
    private Suites() {}

    static Path folder(String name) {
        try {
            return Path.of(Suites.class.getResource("/suites/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test suite " + name, e);
        }
    }

    /**
     * Copies a folder into a new git repository of its own, so that approvals commit there and never in the
     * repository the tests run from.
     */
    static Path copyIntoOwnRepository(Path from, Path temp) {
        Path to = temp.resolve(from.getFileName().toString());
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
            Git.init().setDirectory(to.toFile()).call().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
        return to;
    }
}

package org.losi.designer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.losi.designer.Repository;

/**
 * Copies of the repository's editions and suites in a temporary folder that is a git repository of its own, so that
 * approvals commit there and never in the repository the tests run from.
 */
final class Copies {
    private final Path root;

    private Copies(Path root) {
        this.root = root;
    }

    static Copies in(Path temp) {
        try {
            Git.init().setDirectory(temp.toFile()).call().close();
        } catch (GitAPIException e) {
            throw new IllegalStateException("cannot make a repository in " + temp, e);
        }
        return new Copies(temp);
    }

    Path rules() {
        return root.resolve("rules");
    }

    Path suites() {
        return root.resolve("suites");
    }

    Path edition(String id) throws IOException {
        return copy(Repository.rules().resolve(id), rules().resolve(id));
    }

    Path suite(String name) throws IOException {
        return copy(Repository.samples().resolve("suites").resolve(name), suites().resolve(name));
    }

    /** Replaces text in a copied file, failing if the text is not there. */
    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(file + " has no \"" + from + "\"");
        }
        Files.writeString(file, text.replace(from, to));
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return to;
    }
}

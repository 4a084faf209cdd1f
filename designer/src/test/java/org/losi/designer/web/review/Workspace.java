package org.losi.designer.web.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.losi.designer.Repository;
import org.losi.designer.web.DesignerServer;

/**
 * A copy of the repository's rules and suites in a temporary folder that is a git repository of its own, so that
 * approvals commit there and never in the repository the tests run from. The suites sit in {@code samples/suites},
 * where the designer looks for them.
 */
final class Workspace {
    private final Path root;

    private Workspace(Path root) {
        this.root = root;
    }

    /** The bundled editions and suites, copied. */
    static Workspace bundled(Path temp) throws IOException {
        try {
            Git.init().setDirectory(temp.toFile()).call().close();
        } catch (GitAPIException e) {
            throw new IllegalStateException("cannot make a repository in " + temp, e);
        }
        Workspace workspace = new Workspace(temp);
        copy(Repository.rules(), workspace.rules());
        copy(Repository.samples().resolve("suites"), workspace.suites());
        return workspace;
    }

    Path root() {
        return root;
    }

    Path rules() {
        return root.resolve("rules");
    }

    Path samples() {
        return root.resolve("samples");
    }

    Path suites() {
        return samples().resolve("suites");
    }

    Path edition(String id) {
        return rules().resolve(id);
    }

    /** One of the engine's small editions that lint finds fault with, copied beside the bundled ones. */
    Path lintEdition(String name) throws IOException {
        Path from =
                Repository.root().resolve("engine/src/test/resources/editions").resolve(name);
        return copy(from, edition(name));
    }

    /** A fixture of these tests, copied into the samples folder under the same name. */
    Path sample(String name) throws IOException {
        Path target = samples().resolve(name);
        Files.copy(resource("/review/" + name), target);
        return target;
    }

    /** Replaces text in a copied file, failing if the text is not there. */
    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(file + " has no \"" + from + "\"");
        }
        Files.writeString(file, text.replace(from, to));
    }

    /** Item 281 of the copied 2024 edition weighs 3 instead of 1. */
    void reweighItem281() throws IOException {
        replace(
                edition("losi-2024").resolve("institutional-framework.drl"),
                "@code(\"281\") @criterion(\"IF\") @weight(1)",
                "@code(\"281\") @criterion(\"IF\") @weight(3)");
    }

    DesignerServer start() {
        return DesignerServer.start(rules(), samples(), DesignerServer.DEFAULT_HOST, 0);
    }

    private static Path resource(String name) {
        URL url = Workspace.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("the test resources have no " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
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
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return to;
    }
}

package org.losi.designer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaveListenerTest {

    @Test
    void withoutAListenerEachSaveIsLoggedWithEditionAuthorMessageAndFiles(@TempDir Path rules) throws IOException {
        copyBundled(rules);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream stderr = System.err;

        try (DesignerServer server = DesignerServer.start(rules, Fixtures.samples(), null, 0)) {
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            new Http(server)
                    .send("POST", "/api/editions/losi-2024/fork", Map.of("id", "beta", "author", Workbench.ana()));
        } finally {
            System.setErr(stderr);
        }

        assertThat(log.toString(StandardCharsets.UTF_8))
                .contains("INFO", "edition beta saved by Ana Author <ana@example.org>")
                .contains("edition beta forked from losi-2024", "technology.drl");
    }

    private static void copyBundled(Path rules) throws IOException {
        Path folder = Files.createDirectories(rules.resolve("losi-2024"));
        try (Stream<Path> files = Files.list(Fixtures.rules().resolve("losi-2024"))) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
    }
}

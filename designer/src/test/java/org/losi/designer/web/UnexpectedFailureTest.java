package org.losi.designer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failure the designer did not foresee: a rule file that is not UTF-8 text. */
class UnexpectedFailureTest {

    @Test
    void anUnexpectedFailureAnswers500InTheSameShapeAndIsLoggedWithItsRequest(@TempDir Path rules) throws IOException {
        Path garbled = Files.createDirectories(rules.resolve("garbled"));
        Files.write(garbled.resolve("edition.drl"), new byte[] {'r', 'u', 'l', 'e', ' ', (byte) 0xff, (byte) 0xfe});
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream stderr = System.err;

        Http.Response response;
        try (DesignerServer server = DesignerServer.start(rules, Fixtures.samples(), null, 0)) {
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            response = new Http(server).get("/api/editions/garbled");
        } finally {
            System.setErr(stderr);
        }

        ApiErrorsTest.assertError(response, 500, "internal-error");
        assertThat(response.body()).doesNotContain("MalformedInput", "garbled/edition.drl");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("ERROR", "GET /api/editions/garbled failed");
    }

    @Test
    void theListShowsAnEditionWhoseRulesCannotBeReadAsBroken(@TempDir Path rules) throws IOException {
        Path garbled = Files.createDirectories(rules.resolve("garbled"));
        Files.write(garbled.resolve("edition.drl"), new byte[] {(byte) 0xff});

        try (DesignerServer server = DesignerServer.start(rules, Fixtures.samples(), null, 0)) {
            Http.Response response = new Http(server).get("/api/editions");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("editions").get(0).get("compiles").asBoolean())
                    .isFalse();
        }
    }
}

package org.losi.designer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An edition whose rule file is not UTF-8 text: named as such, never a stack trace. */
class UnexpectedFailureTest {

    @Test
    void ruleFileThatIsNotUtf8AnswersUnprocessableNamingTheFile(@TempDir Path rules) throws IOException {
        Path garbled = Files.createDirectories(rules.resolve("garbled"));
        Files.write(garbled.resolve("edition.drl"), new byte[] {'r', 'u', 'l', 'e', ' ', (byte) 0xff, (byte) 0xfe});

        Http.Response response;
        try (DesignerServer server = DesignerServer.start(rules, Fixtures.samples(), null, 0)) {
            response = new Http(server).get("/api/editions/garbled");
        }

        ApiErrorsTest.assertError(response, 422, "edition-does-not-compile");
        assertThat(response.json().at("/error/problems/0/file").asText()).isEqualTo("edition.drl");
        assertThat(response.json().at("/error/problems/0/message").asText()).contains("not UTF-8");
        assertThat(response.body()).doesNotContain("MalformedInput", "Exception");
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

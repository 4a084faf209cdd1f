package org.losi.designer.web.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losi.designer.web.DesignerServer;

/** Lint findings over HTTP, for the bundled editions and for small broken ones copied from the engine's tests. */
class LintApiTest {
    @TempDir
    static Path temp;

    private static DesignerServer server;
    private static Http http;

    @BeforeAll
    static void start() throws IOException {
        Workspace workspace = Workspace.bundled(temp);
        workspace.lintEdition("lint-negative-weight");
        workspace.lintEdition("lint-does-not-compile");
        workspace.sample("answers-unknown-item.json");
        server = workspace.start();
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theBundledEditionHasNoFindings() {
        JsonNode report = http.get("/api/editions/losi-2024/lint").json();

        assertThat(report.get("compiles").asBoolean()).isTrue();
        assertThat(report.get("items").asInt()).isEqualTo(95);
        assertThat(report.get("findings")).isEmpty();
    }

    @Test
    void aNegativeWeightIsAnErrorNamingFileLineRuleAndItem() {
        JsonNode findings =
                http.get("/api/editions/lint-negative-weight/lint").json().get("findings");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.get("severity").asText()).isEqualTo("ERROR");
            assertThat(finding.get("check").asText()).isEqualTo("negative-weight");
            assertThat(finding.get("file").asText()).isEqualTo("items.drl");
            assertThat(finding.get("line").asInt()).isEqualTo(14);
            assertThat(finding.get("rule").asText()).isEqualTo("item P2");
            assertThat(finding.get("item").asText()).isEqualTo("P2");
        });
    }

    @Test
    void anEditionThatDoesNotCompileIsLintedWithItsCompileFindings() {
        JsonNode report = http.get("/api/editions/lint-does-not-compile/lint").json();

        assertThat(report.get("compiles").asBoolean()).isFalse();
        assertThat(report.get("findings"))
                .anySatisfy(finding -> {
                    assertThat(finding.get("check").asText()).isEqualTo("compile");
                    assertThat(finding.get("rule").asText()).isEqualTo("item P2");
                    assertThat(finding.get("item").asText()).isEqualTo("P2");
                })
                .anySatisfy(finding -> {
                    assertThat(finding.get("check").asText()).isEqualTo("item-without-wording");
                    assertThat(finding.get("item").asText()).isEqualTo("P3");
                });
    }

    @Test
    void aSampleIsCheckedForAnswersToItemsTheEditionDoesNotHave() {
        JsonNode findings = http.get("/api/editions/lint-negative-weight/lint?sample=answers-unknown-item.json")
                .json()
                .get("findings");

        assertThat(findings).last().satisfies(finding -> {
            assertThat(finding.get("check").asText()).isEqualTo("unknown-answer");
            assertThat(finding.get("file").asText()).isEqualTo("answers-unknown-item.json");
            assertThat(finding.get("item").asText()).isEqualTo("P9");
            assertThat(finding.get("severity").asText()).isEqualTo("WARNING");
        });
    }
}

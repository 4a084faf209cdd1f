package org.losi.designer.web.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losi.designer.Repository;
import org.losi.designer.web.DesignerServer;

/** Every refusal of the reviewer's API, each in the designer's one error shape and with a stable code. */
class ReviewErrorsTest {
    private static final String APPROVE = "/api/suites/core-2024/approvals";

    @TempDir
    static Path temp;

    private static Workspace workspace;
    private static DesignerServer server;
    private static Http http;

    @BeforeAll
    static void start() throws IOException {
        workspace = Workspace.bundled(temp);
        workspace.lintEdition("lint-does-not-compile");
        server = workspace.start();
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anUnknownSuiteIsNotFound() {
        Http.Response run = http.get("/api/suites/core-2042/runs");
        Http.Response approval = http.postJson(
                "/api/suites/core-2042/approvals", Map.of("edition", "losi-2024", "by", "Ana", "message", "why"));

        assertError(run, 404, "suite-not-found");
        assertThat(run.error().get("message").asText()).contains("core-2042", "core-2024, training-2024, valdoria");
        assertError(approval, 404, "suite-not-found");
    }

    @Test
    void aSuiteNameThatLeadsOutOfTheSuitesFolderIsNotFound() {
        assertError(http.get("/api/suites/..%2Fsuites%2Fcore-2024/runs"), 404, "suite-not-found");
    }

    @Test
    void anUnknownEditionIsNotFoundWhenRunningApprovingOrLinting() {
        Http.Response run = http.get("/api/suites/core-2024/runs?edition=losi-2042");
        Http.Response approval = http.postJson(APPROVE, Map.of("edition", "losi-2042", "by", "Ana", "message", "why"));
        Http.Response lint = http.get("/api/editions/losi-2042/lint");

        assertError(run, 404, "edition-not-found");
        assertError(approval, 404, "edition-not-found");
        assertError(lint, 404, "edition-not-found");
    }

    @Test
    void anApprovalWithoutReviewerOrMessageIsABadRequest() {
        Http.Response noReviewer = http.postJson(APPROVE, Map.of("edition", "losi-2024", "message", "why"));
        Http.Response blankMessage =
                http.postJson(APPROVE, Map.of("edition", "losi-2024", "by", "Ana", "message", "  "));
        Http.Response noEdition = http.postJson(APPROVE, Map.of("by", "Ana", "message", "why"));

        assertError(noReviewer, 400, "by-required");
        assertError(blankMessage, 400, "message-required");
        assertError(noEdition, 400, "edition-required");
    }

    @Test
    void anApprovalThatIsNotAJsonObjectIsRefused() {
        assertError(http.post(APPROVE, "text/plain", "{\"by\":\"Ana\"}"), 415, "json-required");
        assertError(http.post(APPROVE, "application/json", "{\"by\":"), 400, "invalid-json");
        assertError(http.post(APPROVE, "application/json", "{\"approver\":\"Ana\"}"), 400, "invalid-json");
        assertError(http.post(APPROVE, "application/json", ""), 400, "body-required");
    }

    @Test
    void anEditionThatDoesNotCompileIsUnprocessableWithItsProblems() {
        Http.Response run = http.get("/api/suites/core-2024/runs?edition=lint-does-not-compile");
        Http.Response approval =
                http.postJson(APPROVE, Map.of("edition", "lint-does-not-compile", "by", "Ana", "message", "why"));

        assertError(run, 422, "edition-does-not-compile");
        assertThat(run.error().get("problems")).anySatisfy(problem -> {
            assertThat(problem.get("file").asText()).isEqualTo("items.drl");
            assertThat(problem.get("rule").asText()).isEqualTo("item P2");
        });
        assertError(approval, 422, "edition-does-not-compile");
    }

    @Test
    void aLintSampleOutsideTheSamplesFolderOrMissingIsRefused() {
        assertError(http.get("/api/editions/losi-2024/lint?sample=../rules/x.json"), 400, "sample-outside-samples");
        assertError(http.get("/api/editions/losi-2024/lint?sample=nowhere.json"), 404, "sample-not-found");
    }

    @Test
    void aRefusedApprovalLeavesTheExpectationsAsTheyWere() throws IOException {
        Path expected = workspace.suites().resolve("core-2024/expected/losi-2024.json");

        http.postJson(APPROVE, Map.of("edition", "losi-2024", "message", "why"));

        assertThat(expected)
                .hasSameTextualContentAs(Repository.samples().resolve("suites/core-2024/expected/losi-2024.json"));
    }

    private static void assertError(Http.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        JsonNode error = response.error();
        assertThat(error.get("status").asInt()).isEqualTo(status);
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
    }
}

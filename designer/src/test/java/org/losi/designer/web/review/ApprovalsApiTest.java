package org.losi.designer.web.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losi.designer.web.DesignerServer;
import org.losi.engine.history.History;

/**
 * The reviewer's loop over HTTP on a copy of the bundled editions and suites: item 281 of LOSI 2024 weighs 3 instead
 * of 1, which fails the core cases it counts in; approving records the change, commits it into the copy's own
 * repository, and the suite passes again.
 */
class ApprovalsApiTest {
    private static final String RUN = "/api/suites/core-2024/runs?edition=losi-2024";
    private static final String APPROVE = "/api/suites/core-2024/approvals";

    @TempDir
    Path temp;

    private Workspace workspace;
    private DesignerServer server;
    private Http http;

    @BeforeEach
    void startOnAReweighedCopy() throws IOException {
        workspace = Workspace.bundled(temp);
        workspace.reweighItem281();
        server = workspace.start();
        http = new Http(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void changedWeightFailsTheCasesTheItemCountsInAndNamesTheItem() {
        JsonNode run = http.get(RUN).json().get("runs").get(0);

        assertThat(run.get("passed").asBoolean()).isFalse();
        assertThat(run.get("counts").toString()).isEqualTo("{\"cases\":9,\"passed\":6,\"failed\":3}");
        assertThat(run.get("rulesChanged").asBoolean()).isTrue();
        assertThat(failing(run)).containsExactly("edge-three-quarters", "reviewer-settles", "unsettled");
        JsonNode weight = difference(run.get("cases").get(0), "weight 281");
        assertThat(weight.get("expected").asText()).isEqualTo("1");
        assertThat(weight.get("actual").asText()).isEqualTo("3");
    }

    @Test
    void aFailingCaseShowsItsFiguresExpectedAndActualAndTheRuleThatDecidedTheItem() {
        JsonNode threeQuarters =
                http.get(RUN).json().get("runs").get(0).get("cases").get(0);

        assertThat(threeQuarters.get("name").asText()).isEqualTo("Threequarter Bay");
        assertThat(threeQuarters.get("expected").toString())
                .isEqualTo("{\"value\":0.75,\"level\":\"high\",\"rank\":1}");
        assertThat(threeQuarters.get("actual").get("level").asText()).isEqualTo("very high");
        JsonNode value = difference(threeQuarters, "value");
        assertThat(value.get("expected").asText()).isEqualTo("0.7500");
        assertThat(value.get("actual").asText()).isEqualTo("0.8333");
        JsonNode item = difference(threeQuarters, "weight 281").get("item");
        assertThat(item.get("outcome").asText()).isEqualTo("met");
        assertThat(item.get("rule").asText()).isEqualTo("item 281");
        assertThat(item.get("file").asText()).isEqualTo("institutional-framework.drl");
        assertThat(item.get("line").asInt()).isEqualTo(7);
    }

    @Test
    void approvingMakesTheNextRunPassAndCommitsTheExpectationsAsTheReviewer() throws IOException {
        Http.Response response = approve(Map.of(
                "edition",
                "losi-2024",
                "by",
                "Ana Reviewer",
                "email",
                "ana@example.org",
                "message",
                "Item 281 weighs 3"));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode approval = response.json();
        assertThat(approval.get("file").asText()).isEqualTo("suites/core-2024/expected/losi-2024.json");
        assertThat(approval.get("cases").asInt()).isEqualTo(9);
        assertThat(approval.get("changed").toString())
                .isEqualTo("[\"edge-three-quarters\",\"reviewer-settles\",\"unsettled\"]");
        assertThat(approval.get("approved").get("by").asText()).isEqualTo("Ana Reviewer");
        JsonNode next = http.get(RUN).json().get("runs").get(0);
        assertThat(next.get("passed").asBoolean()).isTrue();
        assertThat(next.get("status").asText())
                .as("a final edition's expectations may be approved")
                .isEqualTo("final");
        Path expected = workspace.suites().resolve("core-2024/expected/losi-2024.json");
        try (History history = History.open(expected.getParent())) {
            assertThat(history.root()).isEqualTo(temp.toRealPath());
            assertThat(history.log(expected)).singleElement().satisfies(commit -> {
                assertThat(commit.id()).isEqualTo(approval.get("commit").asText());
                assertThat(commit.author()).isEqualTo("Ana Reviewer");
                assertThat(commit.email()).isEqualTo("ana@example.org");
                assertThat(commit.message()).isEqualTo("Item 281 weighs 3");
            });
        }
    }

    @Test
    void approvingAgainWithNothingChangedIsRefusedAsAConflict() {
        Http.Response first =
                approve(Map.of("edition", "losi-2024", "by", "Ana Reviewer", "message", "Item 281 weighs 3"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);

        Http.Response again = approve(Map.of("edition", "losi-2024", "by", "Ana Reviewer", "message", "Once more"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.error().get("code").asText()).isEqualTo("nothing-to-approve");
    }

    private Http.Response approve(Map<String, String> body) {
        return http.postJson(APPROVE, body);
    }

    private static List<String> failing(JsonNode run) {
        List<String> cities = new ArrayList<>();
        for (JsonNode result : run.get("cases")) {
            if (!result.get("passed").asBoolean()) {
                cities.add(result.get("city").asText());
            }
        }
        return cities;
    }

    private static JsonNode difference(JsonNode result, String field) {
        for (JsonNode difference : result.get("differences")) {
            if (difference.get("field").asText().equals(field)) {
                return difference;
            }
        }
        throw new AssertionError(result.get("city").asText() + " has no difference in " + field + ": " + result);
    }
}

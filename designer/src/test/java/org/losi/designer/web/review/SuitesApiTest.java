package org.losi.designer.web.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losi.designer.web.DesignerServer;

/** The bundled suites, listed and run under the bundled editions, copied so that nothing touches the repository. */
class SuitesApiTest {
    @TempDir
    static Path temp;

    private static DesignerServer server;
    private static Http http;

    @BeforeAll
    static void start() throws IOException {
        server = Workspace.bundled(temp).start();
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listsEverySuiteWithTheEditionsItHasExpectationsForAndWhoApprovedThem() {
        JsonNode suites = http.get("/api/suites").json().get("suites");

        assertThat(suites.findValuesAsText("name")).containsExactly("core-2024", "training-2024", "valdoria");
        JsonNode valdoria = suites.get(2);
        assertThat(valdoria.get("cases").asInt()).isEqualTo(17);
        assertThat(valdoria.get("editions").findValuesAsText("edition")).containsExactly("losi-2024", "losi-2026-beta");
        JsonNode approved = valdoria.get("editions").get(0).get("approved");
        assertThat(approved.get("by").asText()).isEqualTo("LOSI review team");
        assertThat(approved.get("at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(approved.get("message").asText()).startsWith("Valdoria under LOSI 2024");
    }

    @Test
    void everyBundledSuitePassesUnderEveryEditionItHasExpectationsFor() {
        List<String> ran = new ArrayList<>();

        for (String suite : List.of("core-2024", "training-2024", "valdoria")) {
            JsonNode response = http.post("/api/suites/" + suite + "/runs").json();
            assertThat(response.get("passed").asBoolean()).as(suite).isTrue();
            for (JsonNode run : response.get("runs")) {
                assertThat(run.get("counts").get("failed").asInt()).as(suite).isZero();
                ran.add(suite + " under " + run.get("edition").asText());
            }
        }

        assertThat(ran)
                .containsExactly(
                        "core-2024 under losi-2024",
                        "training-2024 under losi-2024",
                        "valdoria under losi-2024",
                        "valdoria under losi-2026-beta");
    }

    @Test
    void aRunUnderOneEditionSaysWhoApprovedItAndPassesEachCase() {
        JsonNode run = http.get("/api/suites/core-2024/runs?edition=losi-2024")
                .json()
                .get("runs")
                .get(0);

        assertThat(run.get("edition").asText()).isEqualTo("losi-2024");
        assertThat(run.get("editionTitle").asText()).isEqualTo("LOSI 2024");
        assertThat(run.get("counts").toString()).isEqualTo("{\"cases\":9,\"passed\":9,\"failed\":0}");
        assertThat(run.get("rulesChanged").asBoolean()).isFalse();
        assertThat(run.get("approved").get("by").asText()).isEqualTo("LOSI review team");
        assertThat(run.get("cases").findValuesAsText("city")).contains("edge-three-quarters", "nobody-assessed");
        assertThat(run.get("cases").get(0).has("differences")).isFalse();
    }

    @Test
    void coverageOfTheTrainingCaseListsTheItemsLakesideNeverMeetsAndNeverMisses() {
        JsonNode coverage = http.get("/api/suites/training-2024/runs?edition=losi-2024")
                .json()
                .get("runs")
                .get(0)
                .get("coverage");

        assertThat(coverage.get("items").asInt()).isEqualTo(95);
        assertThat(coverage.get("cases").asInt()).isEqualTo(1);
        assertThat(coverage.get("neverMet")).as("33 missed, 2 not applicable").hasSize(35);
        assertThat(coverage.get("neverMissed")).as("60 met, 2 not applicable").hasSize(62);
        assertThat(coverage.get("neverAnswered"))
                .as("Lakeside answers every item")
                .isEmpty();
    }

    @Test
    void anEditionWithoutExpectationsFailsEveryCaseUntilApproved() {
        JsonNode run = http.get("/api/suites/core-2024/runs?edition=losi-2026-beta")
                .json()
                .get("runs")
                .get(0);

        assertThat(run.get("counts").get("failed").asInt()).isEqualTo(9);
        assertThat(run.has("approved")).isFalse();
        JsonNode difference = run.get("cases").get(0).get("differences").get(0);
        assertThat(difference.get("field").asText()).isEqualTo("case");
        assertThat(difference.get("note").asText()).contains("no expectation recorded");
    }
}

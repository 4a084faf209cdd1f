package org.losi.designer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.losi.designer.Repository;

/** The city page's report for a city official, on the bundled beta and the Valdoria sample. */
class CityReportApiTest {
    private static final String CITY = "/api/editions/losi-2026-beta/scores/%s?sample=valdoria/assessments.json";

    private static DesignerServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = DesignerServer.start(Repository.rules(), Repository.samples(), null, 0);
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aLowCityLearnsTheItemsThatWouldLiftItToTheNextLevel() {
        JsonNode report = http.get(String.format(CITY, "val-velika-pol")).json().get("report");

        assertThat(report.at("/nextLevel/level").asText()).isEqualTo("middle");
        assertThat(report.at("/nextLevel/valueWith").asDouble()).isGreaterThan(0.25);
        assertThat(report.at("/nextLevel/items")).isNotEmpty();
        assertThat(report.at("/peers/settlementType").asText()).isEqualTo("rural");
        assertThat(report.get("strengths")).isNotEmpty();
    }

    @Test
    void missedItemsCarryTheEditionsAdvice() {
        JsonNode toDo = http.get(String.format(CITY, "val-ashvale")).json().at("/report/toDo");

        JsonNode policy = null;
        for (JsonNode item : toDo) {
            policy = item.get("code").asText().equals("301") ? item : policy;
        }
        assertThat(policy).isNotNull();
        assertThat(policy.get("advice").asText()).startsWith("Publish a short AI-use policy");
    }

    @Test
    void theTopCityHasNoNextLevel() {
        JsonNode report = http.get(String.format(CITY, "val-valdor")).json().get("report");

        assertThat(report.has("nextLevel")).isFalse();
    }
}

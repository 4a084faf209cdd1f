package org.losi.designer.web.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.losi.designer.web.analysis.Bundled.VALDORIA;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.losi.designer.web.DesignerServer;
import org.losi.designer.web.Http;

/** {@code POST /api/editions/{id}/what-if} on Valdoria under LOSI 2024, which aggregates share-of-items. */
class WhatIfApiTest {
    private static final String WHAT_IF = "/api/editions/losi-2024/what-if?sample=" + VALDORIA;
    private static final String AVERAGED_WITH_HEAVY_IF =
            "{\"aggregation\": \"mean-of-criteria\", \"criterionWeights\": {\"IF\": 3}}";

    private static DesignerServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = Bundled.startOnRepository();
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void withNothingChangedTheWhatIfRanksAsTheEditionDoes() {
        JsonNode view = http.sendRaw("POST", WHAT_IF, "{}").ok();

        assertThat(view.get("aggregation").asText()).isEqualTo("share-of-items");
        assertThat(view.get("summary").get("spearman").asDouble()).isEqualTo(1.0);
        assertThat(view.get("cities"))
                .allSatisfy(city -> assertThat(city.path("rankShift").asInt(0)).isZero());
    }

    @Test
    void aMissingBodyIsABadRequestSayingWhatToSend() {
        JsonNode error = http.sendRaw("POST", WHAT_IF, "").error(400, "body-required");

        assertThat(error.get("message").asText()).contains("JSON object", "{}");
    }

    @Test
    void averagingCriteriaWithAHeavierCriterionLiftsCitiesALevel() {
        JsonNode view = http.sendRaw("POST", WHAT_IF, AVERAGED_WITH_HEAVY_IF).ok();

        assertThat(view.get("aggregation").asText()).isEqualTo("mean-of-criteria");
        assertThat(view.get("criterionWeights").get("IF").asDouble()).isEqualTo(3.0);
        assertThat(view.get("summary").get("levelChanges").asInt()).isEqualTo(2);
        JsonNode valdor = CompareApiTest.city(view.get("cities"), "val-valdor");
        assertThat(valdor.get("a").get("value").asDouble()).isEqualTo(83.0 / 94.0);
        assertThat(valdor.get("b").get("value").asDouble())
                .isGreaterThan(valdor.get("a").get("value").asDouble());
    }

    @Test
    void anItemWeighedAtZeroNoLongerCounts() {
        JsonNode view =
                http.sendRaw("POST", WHAT_IF, "{\"itemWeights\": {\"212\": 0}}").ok();

        assertThat(view.get("itemWeights").get("212").asDouble()).isZero();
        JsonNode valdor = CompareApiTest.city(view.get("cities"), "val-valdor");
        assertThat(valdor.get("b").get("value").asDouble()).isEqualTo(82.0 / 93.0);
    }

    @Test
    void theNewRankingDownloadsAsCsvBesideTheEditions() {
        Http.Response csv = http.sendRaw("POST", WHAT_IF + "&format=csv", AVERAGED_WITH_HEAVY_IF);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"what-if-losi-2024.csv\"");
        assertThat(csv.body().lines().findFirst().orElseThrow()).contains("a_rank", "b_rank", "rank_shift");
    }

    @Test
    void criterionWeightsUnderShareOfItemsAreABadRequestSayingWhy() {
        JsonNode error = http.sendRaw("POST", WHAT_IF, "{\"criterionWeights\": {\"IF\": 3}}")
                .error(400, "invalid-weights");

        assertThat(error.get("message").asText()).contains("IF=3.0", "mean-of-criteria", "share-of-items");
    }

    @Test
    void anUnknownItemIsABadRequestNamingIt() {
        JsonNode error =
                http.sendRaw("POST", WHAT_IF, "{\"itemWeights\": {\"999\": 2}}").error(400, "invalid-weights");

        assertThat(error.get("message").asText()).contains("\"999\" is not an item of edition losi-2024");
    }

    @Test
    void aNegativeWeightIsABadRequestQuotingIt() {
        JsonNode error = http.sendRaw("POST", WHAT_IF, "{\"itemWeights\": {\"212\": -1}}")
                .error(400, "invalid-weights");

        assertThat(error.get("message").asText()).contains("212", "-1.0", "0 or more");
    }

    @Test
    void aWeightThatIsNoNumberIsABadRequestNamingTheField() {
        JsonNode error = http.sendRaw("POST", WHAT_IF, "{\"itemWeights\": {\"212\": \"heavy\"}}")
                .error(400, "invalid-json");

        assertThat(error.get("message").asText()).startsWith("itemWeights.212 is \"heavy\"");
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequestSayingWhere() {
        JsonNode error = http.sendRaw("POST", WHAT_IF, "{weights").error(400, "invalid-json");

        assertThat(error.get("message").asText()).contains("not valid JSON", "line 1, column 2");
    }

    @Test
    void aBodyThatIsNoObjectIsABadRequest() {
        JsonNode error = http.sendRaw("POST", WHAT_IF, "[2]").error(400, "invalid-json");

        assertThat(error.get("message").asText()).contains("[2]", "JSON object");
    }

    @Test
    void anUnknownFieldIsABadRequestListingTheFields() {
        JsonNode error = http.sendRaw("POST", WHAT_IF, "{\"weights\": {}}").error(400, "invalid-json");

        assertThat(error.get("message").asText())
                .isEqualTo("unknown field \"weights\"; expected criterionWeights, itemWeights or aggregation");
    }

    @Test
    void anUnknownAggregationIsABadRequestQuotingIt() {
        JsonNode error =
                http.sendRaw("POST", WHAT_IF, "{\"aggregation\": \"median\"}").error(400, "invalid-json");

        assertThat(error.get("message").asText()).contains("aggregation", "\"median\"", "mean-of-criteria");
    }

    @Test
    void anUnknownEditionIsNotFound() {
        http.sendRaw("POST", "/api/editions/losi-1999/what-if?sample=" + VALDORIA, "{}")
                .error(404, "edition-not-found");
    }

    @Test
    void anUnknownSampleIsNotFound() {
        http.sendRaw("POST", "/api/editions/losi-2024/what-if?sample=nowhere.json", "{}")
                .error(404, "sample-not-found");
    }
}

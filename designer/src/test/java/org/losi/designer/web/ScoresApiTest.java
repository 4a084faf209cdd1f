package org.losi.designer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScoresApiTest {
    private static final String DEMO = "/api/editions/losi-2024/scores?sample=demo/cities.json";

    private static DesignerServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = Fixtures.startOnFreePort();
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void scoresCarryTheEditionAndTheHashOfItsRules() {
        JsonNode report = http.get(DEMO).json();

        assertThat(report.get("edition").asText()).isEqualTo("losi-2024");
        assertThat(report.get("rulesHash").asText()).startsWith("sha256:");
        assertThat(report.get("assessments").asText()).isEqualTo("demo");
    }

    @Test
    void citiesComeRankedWithEqualValuesSharingARank() {
        JsonNode cities = http.get(DEMO).json().get("cities");

        assertThat(ids(cities)).containsExactly("aurelia", "brisa", "cordel", "delta", "markup");
        assertThat(ranks(cities)).containsExactly(1, 2, 3, 3, 5);
    }

    @Test
    void valuesArriveAtFullPrecisionWithTheirLevels() {
        JsonNode aurelia = http.get(DEMO).json().get("cities").get(0);

        assertThat(aurelia.get("value").asDouble()).isEqualTo(90.0 / 95.0);
        assertThat(aurelia.get("level").asText()).isEqualTo("very high");
        assertThat(aurelia.get("itemsMet").asInt()).isEqualTo(90);
        assertThat(aurelia.get("itemsScored").asInt()).isEqualTo(95);
        assertThat(aurelia.get("criteria")).hasSize(6);
    }

    @Test
    void aCityWithNoAssessedItemIsListedApartNotRankedAsZero() {
        JsonNode report = http.get(DEMO).json();

        assertThat(ids(report.get("cities"))).doesNotContain("nowhere");
        assertThat(report.get("notAssessed")).hasSize(1);
        assertThat(report.get("notAssessed").get(0).get("city").get("id").asText())
                .isEqualTo("nowhere");
    }

    @Test
    void aCityNameHoldingMarkupIsReturnedAsPlainData() {
        JsonNode markup = http.get(DEMO).json().get("cities").get(4);

        assertThat(markup.get("city").get("name").asText())
                .isEqualTo("<script>window.__losiXss = 1</script><img src=x onerror=\"window.__losiXss = 2\">");
    }

    @Test
    void theCityRouteGivesEveryItemWithItsWordingOutcomeAndRule() {
        JsonNode aurelia = http.get("/api/editions/losi-2024/scores/aurelia?sample=demo/cities.json")
                .json();

        assertThat(aurelia.get("value").asDouble()).isEqualTo(90.0 / 95.0);
        assertThat(aurelia.get("rank").asInt()).isEqualTo(1);
        assertThat(aurelia.get("ranked").asInt()).isEqualTo(5);
        assertThat(aurelia.get("level").asText()).isEqualTo("very high");
        assertThat(aurelia.get("criteria")).hasSize(6);
        assertThat(aurelia.get("items")).hasSize(95);
        JsonNode first = aurelia.get("items").get(0);
        assertThat(first.get("wording").asText()).isNotBlank();
        assertThat(first.get("outcome").asText()).isIn("met", "missed");
        assertThat(first.get("rule").asText()).startsWith("item ");
    }

    @Test
    void theCityRouteShowsAssessorDisagreementAndThePolicyApplied() {
        JsonNode brisa = http.get("/api/editions/losi-2024/scores/brisa?sample=demo/cities.json")
                .json();

        JsonNode disputed = item(brisa, "201");
        assertThat(disputed.get("outcome").asText()).isEqualTo("not_assessed");
        assertThat(disputed.get("policy").asText()).isEqualTo("notAssessed=exclude");
        assertThat(disputed.get("disagreements").get(0).get("answers")).hasSize(2);
        assertThat(disputed.get("disagreements").get(0).get("policy").asText()).isEqualTo("reviewer");
        assertThat(item(brisa, "299").get("outcome").asText()).isEqualTo("not_applicable");
        assertThat(item(brisa, "299").get("policy").asText()).isEqualTo("notApplicable=zero");
    }

    @Test
    void theCityRouteCountsMetAndMissedItems() {
        JsonNode brisa = http.get("/api/editions/losi-2024/scores/brisa?sample=demo/cities.json")
                .json();

        assertThat(brisa.get("itemsMet").asInt()).isEqualTo(59);
        assertThat(brisa.get("itemsScored").asInt()).isEqualTo(94);
        assertThat(brisa.get("value").asDouble()).isEqualTo(59.0 / 94.0);
        assertThat(outcomes(brisa)).contains("met", "missed", "not_applicable", "not_assessed");
    }

    @Test
    void aCityNotAssessedIsFoundAndSaysWhy() {
        JsonNode nowhere = http.get("/api/editions/losi-2024/scores/nowhere?sample=demo/cities.json")
                .json();

        assertThat(nowhere.get("assessed").asBoolean()).isFalse();
        assertThat(nowhere.get("reason").asText()).isNotBlank();
        assertThat(nowhere.has("rank")).isFalse();
    }

    @Test
    void aSampleInASubFolderIsScoredByItsRelativePath() {
        Http.Response response = http.get("/api/editions/losi-2024/scores?sample=more/deeper/tiny.json");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("cities").get(0).get("value").asDouble()).isEqualTo(0.5);
    }

    private static JsonNode item(JsonNode city, String code) {
        for (JsonNode item : city.get("items")) {
            if (item.get("code").asText().equals(code)) {
                return item;
            }
        }
        throw new AssertionError("no item " + code + " in " + city.get("city"));
    }

    private static List<String> outcomes(JsonNode city) {
        List<String> outcomes = new ArrayList<>();
        city.get("items").forEach(i -> outcomes.add(i.get("outcome").asText()));
        return outcomes;
    }

    private static List<String> ids(JsonNode cities) {
        List<String> ids = new ArrayList<>();
        cities.forEach(c -> ids.add(c.get("city").get("id").asText()));
        return ids;
    }

    private static List<Integer> ranks(JsonNode cities) {
        List<Integer> ranks = new ArrayList<>();
        cities.forEach(c -> ranks.add(c.get("rank").asInt()));
        return ranks;
    }
}

package org.losi.designer.web.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.losi.designer.web.analysis.Bundled.VALDORIA;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.losi.designer.web.DesignerServer;
import org.losi.designer.web.Http;

/** {@code /api/compare} on Valdoria, scored under LOSI 2024 as A and the 2026 beta as B. */
class CompareApiTest {
    private static final String PAIR = "a=losi-2024&b=losi-2026-beta&sample=" + VALDORIA;
    private static final String COMPARE = "/api/compare?" + PAIR;
    private static final String WHY = "/api/compare/why?" + PAIR;

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
    void galdosAndFennickTieUnder2024AndGaldosIsAheadUnderTheBeta() {
        JsonNode cities = http.get(COMPARE).ok().get("cities");

        JsonNode galdos = city(cities, "val-galdos");
        JsonNode fennick = city(cities, "val-fennick");
        assertThat(galdos.get("a").get("rank").asInt()).isEqualTo(10);
        assertThat(fennick.get("a").get("rank").asInt()).isEqualTo(10);
        assertThat(galdos.get("b").get("rank").asInt()).isEqualTo(10);
        assertThat(fennick.get("b").get("rank").asInt()).isEqualTo(11);
        assertThat(fennick.get("rankShift").asInt()).isEqualTo(-1);
        assertThat(galdos.get("b").get("value").asDouble())
                .isGreaterThan(fennick.get("b").get("value").asDouble());
    }

    @Test
    void eachEditionIsNamedWithTheHashOfItsRules() {
        JsonNode view = http.get(COMPARE).ok();

        assertThat(view.get("a").get("id").asText()).isEqualTo("losi-2024");
        assertThat(view.get("b").get("title").asText()).isEqualTo("LOSI 2026 beta");
        assertThat(view.get("b").get("hash").asText()).startsWith("sha256:");
        assertThat(view.get("sample").asText()).isEqualTo(VALDORIA);
    }

    @Test
    void theSummaryGivesRankCorrelationsTheMeanShiftAndLevelChanges() {
        JsonNode summary = http.get(COMPARE).ok().get("summary");

        assertThat(summary.get("cities").asInt()).isEqualTo(16);
        assertThat(summary.get("neither").asInt()).isEqualTo(1);
        assertThat(summary.get("spearman").asDouble()).isCloseTo(0.9993, within(5e-5));
        assertThat(summary.get("kendallTauB").asDouble()).isCloseTo(0.9958, within(5e-5));
        assertThat(summary.get("meanAbsoluteRankShift").asDouble()).isEqualTo(0.0625);
        assertThat(summary.get("levelChanges").asInt()).isZero();
    }

    @Test
    void theTransitionsCountCitiesFromEachLevelUnderAToEachUnderB() {
        JsonNode transitions = http.get(COMPARE).ok().get("summary").get("transitions");

        assertThat(texts(transitions.get("levels"))).containsExactly("very high", "high", "middle", "low");
        assertThat(transitions.get("counts").get(2).get(2).asInt()).isEqualTo(6);
        assertThat(transitions.get("flows").get(2).get("leaving").asInt()).isZero();
    }

    @Test
    void moversComeFirstWhenSortedByMovers() {
        JsonNode view = http.get(COMPARE + "&sort=movers").ok();

        assertThat(view.get("sort").asText()).isEqualTo("movers");
        assertThat(view.get("cities").get(0).get("city").get("id").asText()).isEqualTo("val-fennick");
    }

    @Test
    void citiesComeByRankUnderBUnlessAskedOtherwise() {
        JsonNode cities = http.get(COMPARE).ok().get("cities");

        assertThat(ids(cities).subList(0, 3)).containsExactly("val-valdor", "val-porto-sella", "val-brenmark");
        assertThat(ids(cities).get(16)).isEqualTo("val-quellmoor");
    }

    @Test
    void theEditionChangesSayWhichOfThemCanMoveAScore() {
        JsonNode changes = http.get(COMPARE).ok().get("changes");

        assertThat(changes).anySatisfy(change -> {
            assertThat(change.get("subject").asText()).isEqualTo("301");
            assertThat(change.get("kind").asText()).isEqualTo("item added");
            assertThat(change.get("affectsScores").asBoolean()).isTrue();
        });
        assertThat(changes).anySatisfy(change -> {
            assertThat(change.get("kind").asText()).isEqualTo("reworded");
            assertThat(change.get("affectsScores").asBoolean()).isFalse();
        });
    }

    @Test
    void likeForLikeCountsOnlyTheItemsBothEditionsShare() {
        JsonNode view = http.get(COMPARE + "&likeForLike=true").ok();

        JsonNode common = view.get("likeForLike");
        assertThat(texts(common.get("dropped"))).contains("202", "289");
        assertThat(common.get("itemsA").size()).isLessThan(95);
        assertThat(texts(common.get("itemsB"))).doesNotContain("301", "302", "303");
        assertThat(view.get("cities")).hasSize(17);
    }

    @Test
    void theCityRowsDownloadAsCsv() {
        Http.Response csv = http.get(COMPARE + "&format=csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"compare-losi-2024-losi-2026-beta.csv\"");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).startsWith("city_id,city,country,population,settlement_type,region,scored,a_value");
        assertThat(lines).hasSize(18);
        assertThat(lines)
                .anySatisfy(line -> assertThat(line).startsWith("val-fennick,").contains(",-1,no"));
    }

    @Test
    void whyNamesTheItemsThatMovedACityAndTheRuleChangeBehindEach() {
        JsonNode why = http.get(WHY + "&city=val-fennick").ok();

        assertThat(why.get("city").get("rankShift").asInt()).isEqualTo(-1);
        JsonNode split = item(why.get("items"), "221b");
        assertThat(split.get("earlier").asText()).isEqualTo("221");
        assertThat(split.get("reason").asText()).contains("split from 221");
        assertThat(split.get("wording").asText()).startsWith("Signed contracts");
        assertThat(split.get("before").get("outcome").asText()).isEqualTo("met");
        assertThat(split.get("after").get("outcome").asText()).isEqualTo("missed");
    }

    @Test
    void whyListsTheChangesThatMoveEveryCityApart() {
        JsonNode why = http.get(WHY + "&city=val-fennick").ok();

        assertThat(why.get("editionChanges"))
                .anySatisfy(change -> assertThat(change.get("subject").asText()).isEqualTo("AIE"));
    }

    @Test
    void aCityNeitherEditionScoredHasNoItemsToCompare() {
        JsonNode why = http.get(WHY + "&city=val-quellmoor").ok();

        assertThat(why.get("city").get("presence").asText()).isEqualTo("neither");
        assertThat(why.get("items")).isEmpty();
    }

    @Test
    void theItemsThatMovedACityDownloadAsCsv() {
        Http.Response csv = http.get(WHY + "&city=val-fennick&format=csv");

        assertThat(csv.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"why-val-fennick-losi-2024-losi-2026-beta.csv\"");
        assertThat(csv.body().lines().findFirst().orElseThrow())
                .isEqualTo("item,earlier_item,criterion,outcome_a,outcome_b,weight_a,weight_b,reason");
        assertThat(csv.body()).contains("221b,221,CP,met,missed,1,1,");
    }

    @Test
    void anUnknownEditionIsNotFound() {
        JsonNode error = http.get("/api/compare?a=losi-1999&b=losi-2026-beta&sample=" + VALDORIA)
                .error(404, "edition-not-found");

        assertThat(error.get("message").asText()).contains("losi-1999");
    }

    @Test
    void anUnknownSampleIsNotFound() {
        http.get("/api/compare?a=losi-2024&b=losi-2026-beta&sample=valdoria/nothing.json")
                .error(404, "sample-not-found");
    }

    @Test
    void aMissingSampleIsABadRequest() {
        http.get("/api/compare?a=losi-2024&b=losi-2026-beta").error(400, "sample-required");
    }

    @Test
    void anUnknownCityIsNotFound() {
        JsonNode error = http.get(WHY + "&city=val-atlantis").error(404, "city-not-found");

        assertThat(error.get("message").asText()).contains("val-atlantis", "val-valdor");
    }

    @Test
    void aMissingEditionIsABadRequestNamingTheParameter() {
        JsonNode error =
                http.get("/api/compare?b=losi-2026-beta&sample=" + VALDORIA).error(400, "parameter-required");

        assertThat(error.get("message").asText()).contains("?a=");
    }

    @Test
    void whyWithoutACityIsABadRequestNamingTheParameter() {
        JsonNode error = http.get(WHY).error(400, "parameter-required");

        assertThat(error.get("message").asText()).contains("?city=");
    }

    @Test
    void anUnknownOrderIsABadRequestQuotingTheValue() {
        JsonNode error = http.get(COMPARE + "&sort=upwards").error(400, "invalid-parameter");

        assertThat(error.get("message").asText()).isEqualTo("sort is \"upwards\"; expected movers, rank or city");
    }

    @Test
    void likeForLikeIsTrueOrFalse() {
        JsonNode error = http.get(COMPARE + "&likeForLike=yes").error(400, "invalid-parameter");

        assertThat(error.get("message").asText()).contains("likeForLike", "\"yes\"", "true or false");
    }

    @Test
    void anUnknownFormatIsABadRequest() {
        JsonNode error = http.get(COMPARE + "&format=xlsx").error(400, "invalid-parameter");

        assertThat(error.get("message").asText()).contains("format", "\"xlsx\"", "json or csv");
    }

    static JsonNode city(JsonNode cities, String id) {
        for (JsonNode city : cities) {
            if (city.get("city").get("id").asText().equals(id)) {
                return city;
            }
        }
        throw new AssertionError("no city " + id + " in " + cities);
    }

    private static JsonNode item(JsonNode items, String code) {
        for (JsonNode item : items) {
            if (item.get("item").asText().equals(code)) {
                return item;
            }
        }
        throw new AssertionError("no item " + code + " in " + items);
    }

    static List<String> ids(JsonNode cities) {
        List<String> ids = new ArrayList<>();
        cities.forEach(c -> ids.add(c.get("city").get("id").asText()));
        return ids;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }
}

package org.losi.designer.web.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.losi.designer.web.analysis.Bundled.VALDORIA;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.losi.designer.web.DesignerServer;
import org.losi.designer.web.Http;

/** {@code /api/editions/{id}/robustness} on Valdoria. */
class RobustnessApiTest {
    private static final String ROBUSTNESS = "/api/editions/losi-2026-beta/robustness?sample=" + VALDORIA;

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
    void everyRankedCityHasAMedianRankAnIntervalAndAChanceOfKeepingItsLevel() {
        JsonNode cities = http.get(ROBUSTNESS).ok().get("cities");

        assertThat(cities).hasSize(16);
        assertThat(cities).allSatisfy(city -> {
            assertThat(city.get("lowRank").asInt())
                    .isLessThanOrEqualTo(city.get("medianRank").asInt());
            assertThat(city.get("medianRank").asDouble())
                    .isLessThanOrEqualTo(city.get("highRank").asDouble());
            assertThat(city.get("stayProbability").asDouble()).isBetween(0.0, 1.0);
        });
    }

    @Test
    void withoutParametersTheDrawsAreTheDefaults() {
        JsonNode perturbation = http.get(ROBUSTNESS).ok().get("perturbation");

        assertThat(perturbation.get("draws").asInt()).isEqualTo(1000);
        assertThat(perturbation.get("spread").asDouble()).isEqualTo(0.2);
        assertThat(perturbation.get("seed").asLong()).isEqualTo(1);
        assertThat(perturbation.get("over").asText()).isEqualTo("criteria");
    }

    @Test
    void theSameSeedGivesTheSameFigures() {
        String query = ROBUSTNESS + "&over=items&spread=1&draws=300&seed=42";

        assertThat(http.get(query).ok().get("cities"))
                .isEqualTo(http.get(query).ok().get("cities"));
    }

    @Test
    void strongNoiseOnItemWeightsWidensTheIntervalsOfCloseCities() {
        JsonNode cities = http.get(ROBUSTNESS + "&over=items&spread=1").ok().get("cities");

        JsonNode galdos = CompareApiTest.city(cities, "val-galdos");
        assertThat(galdos.get("lowRank").asInt())
                .isLessThan(galdos.get("highRank").asInt());
    }

    @Test
    void eachCitySaysWhatWouldLiftItALevel() {
        JsonNode cities = http.get("/api/editions/losi-2024/robustness?sample=" + VALDORIA)
                .ok()
                .get("cities");

        JsonNode top = CompareApiTest.city(cities, "val-valdor");
        JsonNode brenmark = CompareApiTest.city(cities, "val-brenmark");
        assertThat(top.has("nextLevel")).isFalse();
        assertThat(brenmark.get("nextLevel").asText()).isEqualTo("very high");
        assertThat(CompareApiTest.texts(brenmark.get("itemsToNextLevel")))
                .containsExactly("216", "243", "289", "290", "291");
    }

    @Test
    void everyItemIsLeftOutOnceToSeeHowFarTheRankingLeansOnIt() {
        JsonNode items = http.get(ROBUSTNESS).ok().get("leaveOneItemOut");

        assertThat(items).hasSize(99);
        assertThat(items.get(0).has("maxShift")).isTrue();
    }

    @Test
    void theCityRowsDownloadAsCsv() {
        Http.Response csv = http.get(ROBUSTNESS + "&format=csv");

        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"robustness-losi-2026-beta.csv\"");
        assertThat(csv.body().lines().findFirst().orElseThrow())
                .startsWith("rank,city_id,city,value,level,median_rank,rank_p5,rank_p95,stay_probability");
        assertThat(csv.body().lines()).hasSize(17);
    }

    @Test
    void theItemRowsDownloadAsCsvWhenAskedFor() {
        Http.Response csv = http.get(ROBUSTNESS + "&format=csv&rows=items");

        assertThat(csv.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"robustness-losi-2026-beta-items.csv\"");
        assertThat(csv.body().lines().findFirst().orElseThrow())
                .isEqualTo("item,criterion,scored_in,max_rank_shift,mean_rank_shift,level_changes");
        assertThat(csv.body().lines()).hasSize(100);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "draws=5001   | draws is \"5001\"; expected a whole number from 1 to 5000",
                "draws=0      | draws is \"0\"; expected a whole number from 1 to 5000",
                "draws=many   | draws is \"many\"; expected a whole number from 1 to 5000",
                "spread=1.5   | spread is \"1.5\"; expected a number from 0 to 1",
                "spread=-0.1  | spread is \"-0.1\"; expected a number from 0 to 1",
                "spread=NaN   | spread is \"NaN\"; expected a number from 0 to 1",
                "seed=first   | seed is \"first\"; expected a whole number",
                "over=both    | over is \"both\"; expected criteria or items",
                "rows=all     | rows is \"all\"; expected cities or items"
            })
    void aParameterThatCannotBeUsedIsABadRequestNamingAndQuotingIt(String parameter, String message) {
        JsonNode error = http.get(ROBUSTNESS + "&" + parameter).error(400, "invalid-parameter");

        assertThat(error.get("message").asText()).isEqualTo(message);
    }

    @Test
    void anUnknownEditionIsNotFound() {
        http.get("/api/editions/losi-1999/robustness?sample=" + VALDORIA).error(404, "edition-not-found");
    }
}

package org.losi.designer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeclarationsApiTest {
    private static final AtomicInteger BETAS = new AtomicInteger();

    @TempDir
    static Path rules;

    private static Workbench bench;
    private static Http http;

    @BeforeAll
    static void start() {
        bench = Workbench.over(rules);
        http = bench.http;
    }

    @AfterAll
    static void stop() {
        bench.close();
    }

    private static String newBeta() {
        return bench.beta("declarations-" + BETAS.incrementAndGet());
    }

    @Test
    void aNewCriterionIsAddedWithItsNameAndWeight() {
        String beta = newBeta();

        Http.Response response = http.send(
                "PUT",
                "/api/editions/" + beta + "/criteria/AI",
                Workbench.edit(bench.hash(beta), "name", "AI and emerging technology", "weight", 2));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("changes").get(0).get("kind").asText()).isEqualTo("criterion added");
        JsonNode added = criterion(beta, "AI");
        assertThat(added.get("name").asText()).isEqualTo("AI and emerging technology");
        assertThat(added.get("weight").asDouble()).isEqualTo(2.0);
    }

    @Test
    void aCriterionIsRenamedAndReweighted() {
        String beta = newBeta();

        Http.Response response = http.send(
                "PUT",
                "/api/editions/" + beta + "/criteria/TEC",
                Workbench.edit(bench.hash(beta), "name", "Technology and AI", "weight", 3));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("changes").findValuesAsText("kind"))
                .containsExactly("criterion renamed", "criterion reweighted");
        assertThat(criterion(beta, "TEC").get("name").asText()).isEqualTo("Technology and AI");
    }

    @Test
    void aCriterionWithoutAWeightIsABadRequestNamingTheField() {
        String beta = newBeta();

        Http.Response response = http.send(
                "PUT", "/api/editions/" + beta + "/criteria/AI", Workbench.edit(bench.hash(beta), "name", "AI"));

        ApiErrorsTest.assertError(response, 400, "invalid-form");
        assertThat(response.error().get("field").asText()).isEqualTo("weight");
    }

    @Test
    void meanOfCriteriaReplacesShareOfItemsAndRescoresTheSample() {
        String beta = newBeta();
        http.send(
                "PUT",
                "/api/editions/" + beta + "/criteria/TEC",
                Workbench.edit(bench.hash(beta), "name", "Technology", "weight", 5));

        Http.Response response = http.send(
                "PUT",
                "/api/editions/" + beta + "/aggregation",
                Workbench.edit(bench.hash(beta), "aggregation", "mean-of-criteria"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(http.get("/api/editions/" + beta)
                        .json()
                        .get("policies")
                        .get("aggregation")
                        .asText())
                .isEqualTo("mean-of-criteria");
        assertThat(response.json().get("effect").get("changed")).isNotEmpty();
    }

    @Test
    void anAggregationTheEngineDoesNotKnowIsABadRequest() {
        String beta = newBeta();

        Http.Response response = http.send(
                "PUT",
                "/api/editions/" + beta + "/aggregation",
                Workbench.edit(bench.hash(beta), "aggregation", "max"));

        ApiErrorsTest.assertError(response, 400, "invalid-form");
        assertThat(response.error().get("message").asText()).contains("\"max\"", "mean-of-criteria");
    }

    @Test
    void aBandCutOffMovesWithTheSideThatBelongsToIt() {
        String beta = newBeta();

        Http.Response response = http.send(
                "PUT",
                "/api/editions/" + beta + "/bands/very%20high",
                Workbench.edit(
                        bench.hash(beta), "lower", 0.7, "lowerInclusive", true, "upper", 1.0, "upperInclusive", true));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("changes").get(0).get("after").asText()).isEqualTo("[0.7, 1]");
        JsonNode veryHigh =
                http.get("/api/editions/" + beta).json().get("bands").get(0);
        assertThat(veryHigh.get("range").asText()).isEqualTo("0.7 ≤ value ≤ 1");
    }

    @Test
    void aBandWhoseLowerCutOffIsAboveItsUpperIsABadRequest() {
        String beta = newBeta();

        Http.Response response = http.send(
                "PUT",
                "/api/editions/" + beta + "/bands/high",
                Workbench.edit(
                        bench.hash(beta), "lower", 0.9, "lowerInclusive", false, "upper", 0.5, "upperInclusive", true));

        ApiErrorsTest.assertError(response, 400, "invalid-form");
        assertThat(response.error().get("field").asText()).isEqualTo("band");
    }

    @Test
    void declarationsOfAFinalEditionAreReadOnly() {
        String hash = bench.hash(Workbench.FINAL);

        Http.Response criterion = http.send(
                "PUT",
                "/api/editions/" + Workbench.FINAL + "/criteria/TEC",
                Workbench.edit(hash, "name", "T", "weight", 1));
        Http.Response aggregation = http.send(
                "PUT",
                "/api/editions/" + Workbench.FINAL + "/aggregation",
                Workbench.edit(hash, "aggregation", "mean-of-criteria"));

        ApiErrorsTest.assertError(criterion, 403, "edition-read-only");
        ApiErrorsTest.assertError(aggregation, 403, "edition-read-only");
        assertThat(bench.hash(Workbench.FINAL)).isEqualTo(hash);
    }

    private static JsonNode criterion(String edition, String code) {
        for (JsonNode criterion : http.get("/api/editions/" + edition).json().get("criteria")) {
            if (criterion.get("code").asText().equals(code)) {
                return criterion;
            }
        }
        throw new AssertionError("no criterion " + code + " in " + edition);
    }
}

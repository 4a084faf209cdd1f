package org.losi.designer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EditionsApiTest {
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
    void theListNamesTheBundledEditionWithItsFigures() {
        JsonNode editions = http.get("/api/editions").json().get("editions");

        JsonNode edition = null;
        for (JsonNode listed : editions) {
            edition = listed.get("id").asText().equals("losi-2024") ? listed : edition;
        }
        assertThat(edition).as("losi-2024 among the editions").isNotNull();
        assertThat(edition.get("title").asText()).isEqualTo("LOSI 2024");
        assertThat(edition.get("status").asText()).isEqualTo("final");
        assertThat(edition.get("compiles").asBoolean()).isTrue();
        assertThat(edition.get("items").asInt()).isEqualTo(95);
        assertThat(edition.get("criteria").asInt()).isEqualTo(6);
        assertThat(edition.get("problems")).isEmpty();
    }

    @Test
    void anEditionGivesItsCriteriaWithTheirItemCounts() {
        JsonNode criteria = http.get("/api/editions/losi-2024").json().get("criteria");

        Map<String, Integer> counts = new LinkedHashMap<>();
        criteria.forEach(c -> counts.put(c.get("code").asText(), c.get("items").asInt()));
        assertThat(counts)
                .containsExactly(
                        Map.entry("IF", 6),
                        Map.entry("CP", 30),
                        Map.entry("SP", 22),
                        Map.entry("PE", 15),
                        Map.entry("EGL", 10),
                        Map.entry("TEC", 12));
    }

    @Test
    void anEditionGivesEveryItemWithMetadataAndCondition() {
        JsonNode items = http.get("/api/editions/losi-2024").json().get("items");

        assertThat(items).hasSize(95);
        JsonNode item = items.get(0);
        assertThat(item.get("code").asText()).isEqualTo("281");
        assertThat(item.get("criterion").asText()).isEqualTo("IF");
        assertThat(item.get("wording").asText()).isNotBlank();
        assertThat(item.get("weight").asDouble()).isEqualTo(1.0);
        assertThat(item.get("notApplicable").asText()).isEqualTo("zero");
        assertThat(item.get("condition").asText()).contains("City(", "281");
        assertThat(item.get("declared").get("file").asText()).endsWith(".drl");
    }

    @Test
    void bandsStateWhichSideOfEachCutOffIsInclusive() {
        JsonNode bands = http.get("/api/editions/losi-2024").json().get("bands");

        assertThat(bands).hasSize(4);
        JsonNode veryHigh = bands.get(0);
        assertThat(veryHigh.get("level").asText()).isEqualTo("very high");
        assertThat(veryHigh.get("lower").asDouble()).isEqualTo(0.75);
        assertThat(veryHigh.get("lowerInclusive").asBoolean()).isFalse();
        assertThat(veryHigh.get("upperInclusive").asBoolean()).isTrue();
        assertThat(veryHigh.get("range").asText()).isEqualTo("0.75 < value ≤ 1");
        assertThat(bands.get(3).get("range").asText()).isEqualTo("0 ≤ value ≤ 0.25");
    }

    @Test
    void anEditionGivesItsPoliciesAndTheHashOfItsRules() {
        JsonNode edition = http.get("/api/editions/losi-2024").json();

        assertThat(edition.get("policies").get("aggregation").asText()).isEqualTo("share-of-items");
        assertThat(edition.get("policies").get("notApplicable").asText()).isEqualTo("zero");
        assertThat(edition.get("policies").get("notAssessed").asText()).isEqualTo("exclude");
        assertThat(edition.get("policies").get("disagreement").asText()).isEqualTo("reviewer");
        assertThat(edition.get("hash").asText()).matches("sha256:[0-9a-f]{64}");
    }
}

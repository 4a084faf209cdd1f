package org.losi.designer.web.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.losi.designer.web.analysis.Bundled.VALDORIA;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.losi.designer.web.DesignerServer;
import org.losi.designer.web.Http;

/** {@code /api/editions/{id}/national}: Valdoria's cities beside the national figures its sample gives. */
class NationalApiTest {
    private static final String BETA = "/api/editions/losi-2026-beta/national?sample=" + VALDORIA;

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
    void theBetaSetsEachCityBesideTheNationalSubIndicesItsItemsMapTo() {
        JsonNode view = http.get(BETA).ok();

        assertThat(CompareApiTest.texts(view.get("subIndices"))).containsExactly("IF", "CP", "SP", "EPI", "TEC");
        JsonNode valdoria = view.get("countries").get(0);
        assertThat(valdoria.get("country").asText()).isEqualTo("VAL");
        assertThat(valdoria.get("cities")).hasSize(16);
        assertThat(valdoria.get("cities").get(0).get("shares").get("IF").asDouble())
                .isEqualTo(1.0);
    }

    @Test
    void theNationalFiguresAreAsTheSampleGivesThem() {
        JsonNode national = http.get(BETA).ok().get("countries").get(0).get("national");

        assertThat(national.get("OSI").asDouble()).isEqualTo(0.7132);
        assertThat(national.get("TEC").asDouble()).isEqualTo(0.779);
    }

    @Test
    void theCitiesMeanShareStandsBesideEachNationalValue() {
        JsonNode mean = http.get(BETA).ok().get("countries").get(0).get("mean");

        assertThat(mean.get("name").asText()).isEqualTo("mean of 16 cities");
        assertThat(mean.get("shares").get("IF").asDouble()).isCloseTo(0.5139, within(5e-5));
        assertThat(mean.get("value").asDouble()).isCloseTo(0.4403, within(5e-5));
    }

    @Test
    void anEditionThatMapsNoItemToASubIndexAnswersNone() {
        JsonNode view =
                http.get("/api/editions/losi-2024/national?sample=" + VALDORIA).ok();

        assertThat(view.get("subIndices")).isEmpty();
    }

    @Test
    void theViewDownloadsAsCsvWithTheNationalRowLast() {
        Http.Response csv = http.get(BETA + "&format=csv");

        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"national-losi-2026-beta.csv\"");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("country,city_id,city,value,level,IF,CP,SP,EPI,TEC");
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("VAL,,\"national (as given)\",0.7132,,0.8125,0.7467,0.6581,0.6204,0.779");
    }

    @Test
    void anUnknownEditionIsNotFound() {
        http.get("/api/editions/losi-1999/national?sample=" + VALDORIA).error(404, "edition-not-found");
    }
}

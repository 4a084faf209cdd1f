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

/** {@code /api/editions/{id}/groups} on Valdoria under LOSI 2024. */
class GroupsApiTest {
    private static final String GROUPS = "/api/editions/losi-2024/groups?sample=" + VALDORIA;

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
    void bySettlementEachGroupCountsItsCitiesAndItsLevels() {
        JsonNode view = http.get(GROUPS).ok();

        assertThat(view.get("by").asText()).isEqualTo("settlement");
        assertThat(CompareApiTest.texts(view.get("levels"))).containsExactly("very high", "high", "middle", "low");
        JsonNode rural = group(view, "rural");
        assertThat(rural.get("cities").asInt()).isEqualTo(5);
        assertThat(rural.get("notAssessed").asInt()).isEqualTo(1);
        assertThat(rural.get("levels").get("low").asInt()).isEqualTo(4);
        assertThat(rural.get("medianValue").asDouble()).isCloseTo(0.1702, within(5e-5));
    }

    @Test
    void populationClassesComeFromTheSmallestUp() {
        JsonNode view = http.get(GROUPS + "&by=population").ok();

        assertThat(names(view)).containsExactly("<10k", "10k-50k", "50k-250k", "250k-1M", ">=1M");
    }

    @Test
    void populationClassesCanBeCutElsewhere() {
        JsonNode view =
                http.get(GROUPS + "&by=population&populationClasses=50k").ok();

        assertThat(names(view)).containsExactly("<50k", ">=50k");
    }

    @Test
    void theGroupsDownloadAsCsvWithAColumnPerLevel() {
        Http.Response csv = http.get(GROUPS + "&by=region&format=csv");

        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"groups-losi-2024-region.csv\"");
        assertThat(csv.body().lines().findFirst().orElseThrow())
                .isEqualTo("group,cities,not_assessed,mean_value,median_value,\"very high\",high,middle,low");
    }

    @Test
    void anUnknownGroupingIsABadRequestListingTheOthers() {
        JsonNode error = http.get(GROUPS + "&by=size").error(400, "invalid-parameter");

        assertThat(error.get("message").asText())
                .isEqualTo("by is \"size\"; expected settlement, population, region or country");
    }

    @Test
    void populationClassesThatAreNoNumbersAreABadRequest() {
        JsonNode error =
                http.get(GROUPS + "&by=population&populationClasses=10k,lots").error(400, "invalid-parameter");

        assertThat(error.get("message").asText()).contains("populationClasses", "\"10k,lots\"", "\"lots\"");
    }

    @Test
    void anUnknownSampleIsNotFound() {
        http.get("/api/editions/losi-2024/groups?sample=valdoria/nothing.json").error(404, "sample-not-found");
    }

    private static JsonNode group(JsonNode view, String name) {
        for (JsonNode group : view.get("groups")) {
            if (group.get("group").asText().equals(name)) {
                return group;
            }
        }
        throw new AssertionError("no group " + name);
    }

    private static List<String> names(JsonNode view) {
        List<String> names = new ArrayList<>();
        view.get("groups").forEach(g -> names.add(g.get("group").asText()));
        return names;
    }
}

package org.losi.designer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApiErrorsTest {
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
    void anUnknownEditionIsNotFound() {
        Http.Response response = http.get("/api/editions/losi-1999");

        assertError(response, 404, "edition-not-found");
        assertThat(response.error().get("message").asText()).contains("losi-1999", "losi-2024");
    }

    @Test
    void scoringUnderAnUnknownEditionIsNotFound() {
        Http.Response response = http.get("/api/editions/losi-1999/scores?sample=demo/cities.json");

        assertError(response, 404, "edition-not-found");
    }

    @Test
    void anEditionIdThatIsNoFolderNameIsNotFound() {
        Http.Response response = http.get("/api/editions/..%2Frules");

        assertError(response, 404, "edition-not-found");
    }

    @Test
    void anUnknownSampleIsNotFound() {
        Http.Response response = http.get("/api/editions/losi-2024/scores?sample=demo/nothing.json");

        assertError(response, 404, "sample-not-found");
        assertThat(response.error().get("message").asText()).contains("demo/nothing.json");
    }

    @Test
    void aFileThatIsNoAssessmentFileIsNotASample() {
        Http.Response response = http.get("/api/editions/losi-2024/scores?sample=notes.txt");

        assertError(response, 404, "sample-not-found");
    }

    @Test
    void scoringWithoutASampleIsABadRequest() {
        Http.Response response = http.get("/api/editions/losi-2024/scores");

        assertError(response, 400, "sample-required");
    }

    @Test
    void aSamplePathClimbingOutOfTheSamplesFolderIsRefused() {
        Http.Response response = http.get("/api/editions/losi-2024/scores?sample=../../../../pom.xml");

        assertError(response, 400, "sample-outside-samples");
    }

    @Test
    void aSamplePathClimbingOutThroughASubFolderIsRefused() {
        Http.Response response =
                http.get("/api/editions/losi-2024/scores?sample=demo/..%2F..%2F..%2Fclasses%2Fweb%2Findex.json");

        assertError(response, 400, "sample-outside-samples");
    }

    @Test
    void anAbsoluteSamplePathIsRefused() {
        Http.Response response = http.get("/api/editions/losi-2024/scores?sample=%2Fetc%2Fpasswd");

        assertError(response, 400, "sample-outside-samples");
    }

    @Test
    void anUnknownCityIsNotFound() {
        Http.Response response = http.get("/api/editions/losi-2024/scores/atlantis?sample=demo/cities.json");

        assertError(response, 404, "city-not-found");
        assertThat(response.error().get("message").asText()).contains("atlantis");
    }

    @Test
    void anUnreadableSampleIsUnprocessableAndSaysWhere() {
        Http.Response response = http.get("/api/editions/losi-2024/scores?sample=broken/bad-syntax.json");

        assertError(response, 422, "invalid-input");
        JsonNode input = response.error().get("input");
        assertThat(input.get("file").asText()).isEqualTo("broken/bad-syntax.json");
        assertThat(input.get("line").asInt()).isEqualTo(5);
        assertThat(input.get("column").asInt()).isPositive();
        assertThat(response.error().get("message").asText())
                .startsWith("broken/bad-syntax.json, line 5, column ")
                .doesNotContain(Fixtures.samples().toString());
    }

    @Test
    void aSampleNamingAnItemNoEditionHasIsUnprocessable() {
        Http.Response response = http.get("/api/editions/losi-2024/scores/solo?sample=broken/unknown-item.json");

        assertError(response, 422, "invalid-input");
        assertThat(response.error().get("message").asText()).contains("999z");
    }

    @Test
    void anUnknownApiRouteAnswersInTheSameShape() {
        Http.Response response = http.get("/api/nothing-here");

        assertError(response, 404, "route-not-found");
    }

    @Test
    void aMethodTheApiDoesNotTakeAnswersInTheSameShape() {
        Http.Response response = http.send("DELETE", "/api/editions/losi-2024");

        assertThat(response.status()).isIn(404, 405);
        assertThat(fields(response.error())).containsExactly("status", "code", "message", "problems");
    }

    @Test
    void everyErrorBodyHasTheSameFieldsAndNoStackTrace() {
        Http.Response response = http.get("/api/editions/losi-2024/scores?sample=..%2Fpom.xml");

        assertThat(fields(response.error())).containsExactly("status", "code", "message", "problems");
        assertThat(response.error().get("status").asInt()).isEqualTo(response.status());
        assertThat(response.error().get("problems")).isEmpty();
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "org.losi");
    }

    static void assertError(Http.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.error().get("status").asInt()).isEqualTo(status);
        assertThat(response.error().get("code").asText()).isEqualTo(code);
        assertThat(response.error().get("message").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

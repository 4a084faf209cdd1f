package org.losi.designer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForkApiTest {
    @TempDir
    Path rules;

    private Workbench bench;
    private Http http;

    @BeforeEach
    void start() {
        bench = Workbench.over(rules);
        http = bench.http;
    }

    @AfterEach
    void stop() {
        bench.close();
    }

    @Test
    void aForkOfTheFinalEditionIsANewBetaFolderBasedOnIt() {
        String finalHash = bench.hash(Workbench.FINAL);

        Http.Response response = http.send(
                "POST",
                "/api/editions/losi-2024/fork",
                Map.of("id", "losi-2026-beta", "title", "LOSI 2026 beta", "author", Workbench.ana()));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.header("Location")).isEqualTo("/api/editions/losi-2026-beta");
        JsonNode fork = response.json();
        assertThat(fork.get("status").asText()).isEqualTo("beta");
        assertThat(fork.get("basedOn").asText()).isEqualTo("losi-2024");
        assertThat(fork.get("title").asText()).isEqualTo("LOSI 2026 beta");
        assertThat(fork.get("items").asInt()).isEqualTo(95);
        assertThat(Files.isDirectory(rules.resolve("losi-2026-beta"))).isTrue();
        assertThat(bench.hash(Workbench.FINAL)).isEqualTo(finalHash);
        assertThat(bench.saves)
                .containsExactly("losi-2026-beta: edition losi-2026-beta forked from losi-2024 by Ana Author");
    }

    @Test
    void aForkOntoAnExistingEditionIsAConflict() {
        Http.Response response = http.send("POST", "/api/editions/losi-2024/fork", Map.of("id", "losi-2024"));

        ApiErrorsTest.assertError(response, 409, "edition-exists");
    }

    @Test
    void anIdThatIsNoFolderNameIsABadRequest() {
        Http.Response response = http.send("POST", "/api/editions/losi-2024/fork", Map.of("id", "../outside"));

        ApiErrorsTest.assertError(response, 400, "invalid-form");
        assertThat(response.error().get("field").asText()).isEqualTo("id");
        assertThat(Files.exists(rules.resolveSibling("outside"))).isFalse();
    }

    @Test
    void forkingAnUnknownEditionIsNotFound() {
        Http.Response response = http.send("POST", "/api/editions/losi-1999/fork", Map.of("id", "copy"));

        ApiErrorsTest.assertError(response, 404, "edition-not-found");
    }

    @Test
    void aForkWithoutAnAuthorIsMadeByTheAnonymousAuthor() {
        http.send("POST", "/api/editions/losi-2024/fork", Map.of("id", "anonymous-beta"));

        assertThat(bench.saves).singleElement().asString().endsWith("by anonymous author");
    }
}

package org.losi.designer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editions that cannot be used, made by spoiling copies of the bundled one. */
class BrokenEditionTest {
    @TempDir
    static Path rules;

    private static DesignerServer server;
    private static Http http;

    @BeforeAll
    static void start() throws IOException {
        Path broken = copyOfBundled("broken");
        replaceIn(broken.resolve("technology.drl"), "City( yes(\"205\") )", "City( yes(\"205\") ");
        Path failing = copyOfBundled("failing");
        replaceIn(failing.resolve("technology.drl"), "yes(\"205\")", "yesOn(\"205\", \"spaceship\")");
        server = DesignerServer.start(rules, Fixtures.samples(), null, 0);
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theListShowsAnEditionThatDoesNotCompileWithItsProblems() {
        JsonNode broken = http.get("/api/editions").json().get("editions").get(0);

        assertThat(broken.get("id").asText()).isEqualTo("broken");
        assertThat(broken.get("compiles").asBoolean()).isFalse();
        assertThat(broken.has("items")).isFalse();
        assertThat(broken.get("problems")).isNotEmpty();
    }

    @Test
    void anEditionThatDoesNotCompileIsUnprocessableWithFileLineAndRule() {
        Http.Response response = http.get("/api/editions/broken");

        ApiErrorsTest.assertError(response, 422, "edition-does-not-compile");
        JsonNode problem = response.error().get("problems").get(0);
        assertThat(problem.get("file").asText()).isEqualTo("technology.drl");
        assertThat(problem.get("line").asInt()).isPositive();
        assertThat(problem.get("message").asText()).isNotBlank();
    }

    @Test
    void scoringUnderAnEditionThatDoesNotCompileIsUnprocessable() {
        Http.Response response = http.get("/api/editions/broken/scores?sample=demo/cities.json");

        ApiErrorsTest.assertError(response, 422, "edition-does-not-compile");
        assertThat(response.error().get("problems")).isNotEmpty();
    }

    @Test
    void aRuleFailingWhileScoringIsUnprocessableAndNamesTheEdition() {
        Http.Response response = http.get("/api/editions/failing/scores?sample=demo/cities.json");

        ApiErrorsTest.assertError(response, 422, "scoring-failed");
        assertThat(response.error().get("message").asText()).contains("failing", "spaceship");
    }

    private static Path copyOfBundled(String id) throws IOException {
        Path folder = Files.createDirectories(rules.resolve(id));
        try (Stream<Path> files = Files.list(Fixtures.rules().resolve("losi-2024"))) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        return folder;
    }

    private static void replaceIn(Path file, String target, String replacement) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(target);
        Files.writeString(file, text.replace(target, replacement));
    }
}

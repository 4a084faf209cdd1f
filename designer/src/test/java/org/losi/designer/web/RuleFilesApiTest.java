package org.losi.designer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DRL editor's routes: files, the live check, saving a file, and drafts. */
class RuleFilesApiTest {
    private static final AtomicInteger BETAS = new AtomicInteger();
    private static final String CLOSED = "City( yes(\"205\") )";
    private static final String UNCLOSED = "City( yes(\"205\" )";

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
        return bench.beta("files-" + BETAS.incrementAndGet());
    }

    @Test
    void theFilesOfAnEditionAreListedWithTheirRules() {
        JsonNode files = http.get("/api/editions/" + Workbench.FINAL + "/files").json();

        assertThat(files.get("readOnly").asBoolean()).isTrue();
        assertThat(files.get("files").findValuesAsText("name")).contains("edition.drl", "technology.drl");
        JsonNode edition = files.get("files").get(2);
        assertThat(edition.get("name").asText()).isEqualTo("edition.drl");
        assertThat(edition.get("rules").get(0).get("name").asText()).isEqualTo("edition");
        assertThat(edition.get("rules").get(0).get("line").asInt()).isPositive();
    }

    @Test
    void oneFileGivesItsTextAndTheHashToSaveOn() {
        String beta = newBeta();

        JsonNode file =
                http.get("/api/editions/" + beta + "/files/technology.drl").json();

        assertThat(file.get("text").asText()).contains(CLOSED);
        assertThat(file.get("hash").asText()).isEqualTo(bench.hash(beta));
        assertThat(file.get("readOnly").asBoolean()).isFalse();
    }

    @Test
    void anUnknownFileIsNotFound() {
        Http.Response response = http.get("/api/editions/" + Workbench.FINAL + "/files/nothing.drl");

        ApiErrorsTest.assertError(response, 404, "file-not-found");
    }

    @Test
    void theLiveCheckFindsNoProblemInAFileThatCompiles() {
        String text = http.get("/api/editions/" + Workbench.FINAL + "/files/technology.drl")
                .json()
                .get("text")
                .asText();

        JsonNode check = http.send(
                        "POST",
                        "/api/editions/" + Workbench.FINAL + "/validate",
                        Map.of("file", "technology.drl", "text", text))
                .json();

        assertThat(check.get("compiles").asBoolean()).isTrue();
        assertThat(check.get("problems")).isEmpty();
    }

    @Test
    void theLiveCheckPlacesAProblemAtItsLineAndRuleWithoutWritingAnything() throws Exception {
        String beta = newBeta();
        Path file = rules.resolve(beta).resolve("technology.drl");
        String saved = Files.readString(file);

        Http.Response response = http.send(
                "POST",
                "/api/editions/" + beta + "/validate",
                Map.of("file", "technology.drl", "text", saved.replace(CLOSED, UNCLOSED)));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode check = response.json();
        assertThat(check.get("compiles").asBoolean()).isFalse();
        JsonNode problem = check.get("problems").get(0);
        assertThat(problem.get("file").asText()).isEqualTo("technology.drl");
        assertThat(problem.get("line").asInt()).isBetween(lineOf(saved, CLOSED), lineOf(saved, CLOSED) + 1);
        assertThat(problem.get("rule").asText()).isEqualTo("item 205");
        assertThat(problem.get("message").asText()).isNotBlank();
        assertThat(Files.readString(file)).isEqualTo(saved);
    }

    @Test
    void aFileThatCompilesIsSavedAndTheSampleRescored() {
        String beta = newBeta();
        JsonNode file =
                http.get("/api/editions/" + beta + "/files/technology.drl").json();
        String text = file.get("text").asText().replace(CLOSED, "City( yesAnywhere(\"205\") )");

        Http.Response response = http.send(
                "PUT",
                "/api/editions/" + beta + "/files/technology.drl",
                Workbench.edit(file.get("hash").asText(), "text", text));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("changes").get(0).get("kind").asText()).isEqualTo("condition changed");
        assertThat(response.json().get("effect").get("unchanged").asInt()).isEqualTo(5);
        assertThat(bench.saves).contains(beta + ": technology.drl edited by Ana Author");
    }

    @Test
    void aFileThatDoesNotCompileIsUnprocessableKeptAsDraftAndTheEditionStillScores() throws Exception {
        String beta = newBeta();
        JsonNode file =
                http.get("/api/editions/" + beta + "/files/technology.drl").json();
        String broken = file.get("text").asText().replace(CLOSED, UNCLOSED);

        Http.Response response = http.send(
                "PUT",
                "/api/editions/" + beta + "/files/technology.drl",
                Workbench.edit(file.get("hash").asText(), "text", broken));

        ApiErrorsTest.assertError(response, 422, "edit-does-not-compile");
        JsonNode error = response.error();
        assertThat(error.get("problems").get(0).get("rule").asText()).isEqualTo("item 205");
        String draft = error.get("draft").asText();
        assertThat(http.get("/api/editions/" + beta + "/drafts/" + draft)
                        .json()
                        .get("files")
                        .toString())
                .contains("yes(\\\"205\\\" )");
        assertThat(Files.readString(rules.resolve(beta).resolve("technology.drl")))
                .contains(CLOSED);
        assertThat(http.get("/api/editions/" + beta + "/scores?sample=" + Workbench.SAMPLE)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aRuleFileNameOutsideTheEditionIsABadRequest() {
        String beta = newBeta();

        Http.Response response = http.send(
                "PUT",
                "/api/editions/" + beta + "/files/..%2Fescape.drl",
                Workbench.edit(bench.hash(beta), "text", "package x;"));

        ApiErrorsTest.assertError(response, 400, "invalid-form");
        assertThat(response.error().get("field").asText()).isEqualTo("file");
        assertThat(Files.exists(rules.resolve("escape.drl"))).isFalse();
    }

    @Test
    void theLiveCheckRefusesAFileNameThatIsNoRuleFile() {
        Http.Response response = http.send(
                "POST",
                "/api/editions/" + Workbench.FINAL + "/validate",
                Map.of("file", "../technology.drl", "text", "package x;"));

        ApiErrorsTest.assertError(response, 400, "invalid-form");
        assertThat(response.error().get("field").asText()).isEqualTo("file");
    }

    @Test
    void anEditionBrokenOnDiskIsOpenedCheckedAndRepairedInTheEditor() throws Exception {
        String beta = newBeta();
        Path file = rules.resolve(beta).resolve("technology.drl");
        String working = Files.readString(file);
        Files.writeString(file, working.replace(CLOSED, UNCLOSED));

        Http.Response opened = http.get("/api/editions/" + beta + "/files/technology.drl");
        Http.Response checked = http.send(
                "POST",
                "/api/editions/" + beta + "/validate",
                Map.of(
                        "file",
                        "technology.drl",
                        "text",
                        opened.json().get("text").asText()));
        String onDisk = opened.json().get("hash").asText();
        Http.Response repaired = http.send(
                "PUT", "/api/editions/" + beta + "/files/technology.drl", Workbench.edit(onDisk, "text", working));

        assertThat(opened.status()).isEqualTo(200);
        assertThat(checked.json().get("problems").get(0).get("rule").asText()).isEqualTo("item 205");
        assertThat(repaired.status()).as(repaired.body()).isEqualTo(200);
        assertThat(http.get("/api/editions/" + beta).status()).isEqualTo(200);
    }

    @Test
    void anUnknownDraftIsNotFound() {
        Http.Response response = http.get("/api/editions/" + newBeta() + "/drafts/20990101-000000-000-nobody");

        ApiErrorsTest.assertError(response, 404, "draft-not-found");
    }

    @Test
    void savingAFileOfAFinalEditionIsForbidden() {
        Http.Response response = http.send(
                "PUT",
                "/api/editions/" + Workbench.FINAL + "/files/technology.drl",
                Workbench.edit(bench.hash(Workbench.FINAL), "text", "package x;"));

        ApiErrorsTest.assertError(response, 403, "edition-read-only");
    }

    /** The line of the condition; Drools may place an unclosed parenthesis at the {@code then} that follows it. */
    private static int lineOf(String text, String target) {
        String before = text.substring(0, text.indexOf(target));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }
}

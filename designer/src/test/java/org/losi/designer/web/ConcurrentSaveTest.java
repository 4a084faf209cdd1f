package org.losi.designer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two authors open the same edition; the second save on the same state is refused and nothing is lost. */
class ConcurrentSaveTest {
    @TempDir
    Path rules;

    private Workbench bench;
    private Http http;
    private String beta;

    @BeforeEach
    void start() {
        bench = Workbench.over(rules);
        http = bench.http;
        beta = bench.beta("losi-2026-beta");
    }

    @AfterEach
    void stop() {
        bench.close();
    }

    @Test
    void theSecondSaveOnTheSameStateIsAConflictWithBothChangeListsAndADraft() {
        String opened = bench.hash(beta);
        Http.Response first = http.send(
                "POST",
                "/api/editions/" + beta + "/items",
                Workbench.edit(opened, "item", Workbench.item("AI-1", "TEC", 1, Workbench.anyChannel())));
        Map<String, Object> reweighted = ItemsApiTest.asMap(
                http.get("/api/editions/" + beta + "/items/201/form").json().get("form"));
        reweighted.put("weight", 3);

        Http.Response second =
                http.send("PUT", "/api/editions/" + beta + "/items/201", Workbench.edit(opened, "item", reweighted));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        ApiErrorsTest.assertError(second, 409, "edition-changed");
        JsonNode error = second.error();
        assertThat(error.get("currentHash").asText())
                .isEqualTo(first.json().get("hash").asText());
        assertThat(error.get("changes")).singleElement().satisfies(change -> {
            assertThat(change.get("kind").asText()).isEqualTo("item added");
            assertThat(change.get("subject").asText()).isEqualTo("AI-1");
        });
        assertThat(error.get("yours")).singleElement().satisfies(change -> {
            assertThat(change.get("kind").asText()).isEqualTo("reweighted");
            assertThat(change.get("subject").asText()).isEqualTo("201");
            assertThat(change.get("after").asText()).isEqualTo("3");
        });
        assertThat(error.get("draft").asText()).isNotBlank();
    }

    @Test
    void theEditionKeepsTheFirstEditAndTheRefusedOneIsAReadableDraft() {
        String opened = bench.hash(beta);
        http.send(
                "POST",
                "/api/editions/" + beta + "/items",
                Workbench.edit(opened, "item", Workbench.item("AI-1", "TEC", 1, Workbench.anyChannel())));
        Http.Response refused = http.send(
                "POST",
                "/api/editions/" + beta + "/items",
                Workbench.edit(opened, "item", Workbench.item("AI-2", "TEC", 1, Workbench.anyChannel())));
        String draft = refused.error().get("draft").asText();

        JsonNode edition = http.get("/api/editions/" + beta).json();
        JsonNode drafts = http.get("/api/editions/" + beta + "/drafts").json().get("drafts");
        JsonNode kept = http.get("/api/editions/" + beta + "/drafts/" + draft).json();

        assertThat(edition.get("items").findValuesAsText("code"))
                .contains("AI-1")
                .doesNotContain("AI-2");
        assertThat(drafts.get(0).get("name").asText()).isEqualTo(draft);
        assertThat(drafts.get(0).get("changedFiles").get(0).asText()).isEqualTo("technology.drl");
        assertThat(kept.get("files").findValuesAsText("text"))
                .anySatisfy(text -> assertThat(text).contains("item AI-2"));
    }
}

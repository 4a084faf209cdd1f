package org.losi.designer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The designer's own history: every save a commit in the git repository holding the rules folder. */
class HistoryApiTest {
    @TempDir
    Path rules;

    private DesignerServer server;
    private Http http;

    @BeforeEach
    void start() throws IOException {
        Path target = Files.createDirectories(rules.resolve(Workbench.FINAL));
        try (Stream<Path> files = Files.list(Fixtures.rules().resolve(Workbench.FINAL))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        server = DesignerServer.start(rules, Fixtures.samples(), null, 0);
        http = new Http(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String fork() {
        Http.Response fork = http.send(
                "POST",
                "/api/editions/losi-2024/fork",
                Map.of("id", "beta", "title", "Beta", "author", Workbench.ana()));
        assertThat(fork.status()).as(fork.body()).isEqualTo(201);
        return http.get("/api/editions/beta").json().get("hash").asText();
    }

    private Http.Response reweight(String baseHash, double weight) {
        Map<String, Object> item = Workbench.item("201", "TEC", weight, Map.of("kind", "portal"));
        item.put("wording", "Portal works correctly in the three most-used browsers");
        return http.send("PUT", "/api/editions/beta/items/201", Workbench.edit(baseHash, "item", item));
    }

    @Test
    void everySaveIsACommitListedWithItsAuthorNewestFirst() {
        reweight(fork(), 3);

        JsonNode revisions = http.get("/api/editions/beta/history").json().get("revisions");

        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(0).get("message").asText()).isEqualTo("beta: item 201 edited");
        assertThat(revisions.get(0).get("author").asText()).isEqualTo("Ana Author");
        assertThat(revisions.get(1).get("message").asText()).isEqualTo("beta: edition beta forked from losi-2024");
    }

    @Test
    void twoRevisionsCompareItemByItem() {
        reweight(fork(), 3);
        String forked = http.get("/api/editions/beta/history")
                .json()
                .at("/revisions/1/id")
                .asText();

        JsonNode changes = http.get("/api/editions/beta/history/diff?from=" + forked)
                .json()
                .get("changes");

        assertThat(changes)
                .extracting(c -> c.get("subject").asText() + " " + c.get("kind").asText())
                .contains("201 reweighted", "201 reworded");
    }

    @Test
    void restoringARevisionBringsItsRulesBackAsANewCommit() {
        String forkedHash = fork();
        Http.Response edited = reweight(forkedHash, 3);
        String forked = http.get("/api/editions/beta/history")
                .json()
                .at("/revisions/1/id")
                .asText();

        Http.Response restored = http.send(
                "POST",
                "/api/editions/beta/history/restore",
                Workbench.edit(edited.json().get("hash").asText(), "revision", forked));

        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        assertThat(http.get("/api/editions/beta").json().get("hash").asText()).isEqualTo(forkedHash);
        assertThat(http.get("/api/editions/beta/history")
                        .json()
                        .at("/revisions/0/message")
                        .asText())
                .isEqualTo("beta: restored revision " + forked);
    }

    @Test
    void historyErrorsShareTheErrorShape() {
        fork();

        ApiErrorsTest.assertError(http.get("/api/editions/beta/history/diff"), 400, "parameter-required");
        ApiErrorsTest.assertError(
                http.get("/api/editions/beta/history/diff?from=0123456789abcdef"), 404, "revision-not-found");
        ApiErrorsTest.assertError(http.get("/api/editions/nothing/history"), 404, "edition-not-found");
        ApiErrorsTest.assertError(
                http.get("/api/editions/beta/history/diff?from=..%2F..%2Fetc"), 404, "revision-not-found");
        ApiErrorsTest.assertError(
                http.send("POST", "/api/editions/losi-2024/history/restore", Workbench.edit("x", "revision", "HEAD")),
                403,
                "edition-read-only");
    }
}

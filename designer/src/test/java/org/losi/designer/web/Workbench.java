package org.losi.designer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * A designer over a temporary copy of the bundled final edition, so that tests may edit without touching the
 * repository's rules; saves are recorded as the listener hears them.
 */
final class Workbench implements AutoCloseable {
    static final String FINAL = "losi-2024";
    static final String SAMPLE = "demo/cities.json";

    final Path rules;
    final DesignerServer server;
    final Http http;
    final List<String> saves = new CopyOnWriteArrayList<>();

    private Workbench(Path rules, Path samples) {
        this.rules = rules;
        this.server = DesignerServer.start(
                rules,
                samples,
                null,
                0,
                (edition, files, author, message) -> saves.add(edition + ": " + message + " by " + author.name()));
        this.http = new Http(server);
    }

    /** A workbench whose rules folder holds a copy of the bundled final edition. */
    static Workbench over(Path emptyFolder, Path samples) {
        copyEdition(Fixtures.rules().resolve(FINAL), emptyFolder.resolve(FINAL));
        return new Workbench(emptyFolder, samples);
    }

    static Workbench over(Path emptyFolder) {
        return over(emptyFolder, Fixtures.samples());
    }

    private static void copyEdition(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(to);
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forks the final edition into a beta through the API and returns its id. */
    String beta(String id) {
        Http.Response response = http.send(
                "POST", "/api/editions/" + FINAL + "/fork", Map.of("id", id, "title", "Beta " + id, "author", ana()));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return id;
    }

    String hash(String edition) {
        return http.get("/api/editions/" + edition).json().get("hash").asText();
    }

    /** An edit's body: the hash the page loaded, the author, the sample to rescore, and the edit's own fields. */
    static Map<String, Object> edit(String baseHash, Object... fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("baseHash", baseHash);
        body.put("author", ana());
        body.put("sample", SAMPLE);
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return body;
    }

    static Map<String, String> ana() {
        return Map.of("name", "Ana Author", "email", "ana@example.org");
    }

    /** An item form as the page sends it. */
    static Map<String, Object> item(String code, String criterion, double weight, Map<String, Object> condition) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code", code);
        item.put("criterion", criterion);
        item.put("wording", "AI assistant that hands over to a person");
        item.put("weight", weight);
        item.put("advice", "Let people reach staff from the assistant");
        item.put("condition", condition);
        return item;
    }

    static Map<String, Object> anyChannel() {
        return Map.of("kind", "any-channel");
    }

    @Override
    public void close() {
        server.close();
    }
}

package org.losi.designer.web.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.losi.designer.web.analysis.Bundled.VALDORIA;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.losi.designer.Repository;
import org.losi.designer.web.DesignerServer;
import org.losi.designer.web.Http;

/** The analyses of an edition that does not compile: a copy of LOSI 2024 with a rule left unclosed. */
class BrokenEditionAnalysisTest {
    @TempDir
    static Path rules;

    private static DesignerServer server;
    private static Http http;

    @BeforeAll
    static void start() throws IOException {
        copyOfBundled("losi-2024", "losi-2024");
        copyOfBundled("losi-2026-beta", "losi-2026-beta");
        Path broken = copyOfBundled("losi-2024", "broken");
        Path technology = broken.resolve("technology.drl");
        Files.writeString(
                technology, Files.readString(technology).replace("City( yes(\"205\") )", "City( yes(\"205\") "));
        server = DesignerServer.start(rules, Repository.samples(), null, 0);
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/compare?a=losi-2024&b=broken&sample=",
                "/api/compare?a=broken&b=losi-2024&sample=",
                "/api/compare/why?a=losi-2024&b=broken&city=val-fennick&sample=",
                "/api/editions/broken/robustness?sample=",
                "/api/editions/broken/groups?sample=",
                "/api/editions/broken/national?sample="
            })
    void anEditionThatDoesNotCompileIsUnprocessableWithItsProblems(String route) {
        JsonNode error = http.get(route + VALDORIA).error(422, "edition-does-not-compile");

        assertThat(error.get("message").asText()).contains("broken");
        assertThat(error.get("problems").get(0).get("file").asText()).isEqualTo("technology.drl");
    }

    @Test
    void aWhatIfUnderAnEditionThatDoesNotCompileIsUnprocessable() {
        JsonNode error = http.sendRaw("POST", "/api/editions/broken/what-if?sample=" + VALDORIA, "{}")
                .error(422, "edition-does-not-compile");

        assertThat(error.get("problems")).isNotEmpty();
    }

    /** A copy of a bundled edition under another id; Valdoria answers items of both bundled editions. */
    private static Path copyOfBundled(String bundled, String id) throws IOException {
        Path folder = Files.createDirectories(rules.resolve(id));
        try (Stream<Path> files = Files.list(Repository.rules().resolve(bundled))) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        return folder;
    }
}

package org.losi.designer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplesApiTest {

    @Test
    void samplesAreFoundRecursivelyByTheirRelativePaths() {
        List<String> paths = samplePaths(Fixtures.samples());

        assertThat(paths)
                .containsExactly(
                        "broken/bad-syntax.json",
                        "broken/unknown-item.json",
                        "demo/cities.json",
                        "exports/answers.ndjson",
                        "more/deeper/tiny.json",
                        "sheets/wide.csv");
    }

    @Test
    void exclusionReportsAndOtherFilesAreNotSamples() {
        List<String> paths = samplePaths(Fixtures.samples());

        assertThat(paths).noneMatch(p -> p.endsWith(".exclusions.ndjson") || p.endsWith(".txt"));
    }

    @Test
    void eachSampleSaysWhichFormItTakes() {
        try (DesignerServer server = Fixtures.startOnFreePort()) {
            JsonNode samples = new Http(server).get("/api/samples").json().get("samples");

            assertThat(samples.get(5).get("path").asText()).isEqualTo("sheets/wide.csv");
            assertThat(samples.get(5).get("form").asText()).isEqualTo("csv");
            assertThat(samples.get(5).get("bytes").asLong()).isPositive();
        }
    }

    @Test
    void aMissingSamplesFolderListsNoSamples(@TempDir Path empty) {
        List<String> paths = samplePaths(empty.resolve("no-such-folder"));

        assertThat(paths).isEmpty();
    }

    private static List<String> samplePaths(Path samples) {
        try (DesignerServer server = DesignerServer.start(Fixtures.rules(), samples, null, 0)) {
            Http.Response response = new Http(server).get("/api/samples");
            assertThat(response.status()).isEqualTo(200);
            List<String> paths = new ArrayList<>();
            response.json().get("samples").forEach(s -> paths.add(s.get("path").asText()));
            return paths;
        }
    }
}

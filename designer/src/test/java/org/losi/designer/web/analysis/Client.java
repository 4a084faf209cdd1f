package org.losi.designer.web.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.losi.designer.Repository;
import org.losi.designer.web.DesignerServer;

/** Real HTTP against a running designer, by default one serving the repository's own rules and samples. */
final class Client {
    static final String VALDORIA = "valdoria/assessments.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Client(DesignerServer server) {
        this.base = "http://127.0.0.1:" + server.port();
    }

    /** The designer on the bundled editions and samples, on a free port. */
    static DesignerServer startOnRepository() {
        return DesignerServer.start(Repository.rules(), Repository.samples(), null, 0);
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Response post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Response send(HttpRequest.Builder request) {
        try {
            return new Response(
                    client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Response(HttpResponse<String> raw) {
        int status() {
            return raw.statusCode();
        }

        String body() {
            return raw.body();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        JsonNode json() {
            assertThat(status()).as("status of a response answering %s", body()).isEqualTo(200);
            return tree();
        }

        /** The {@code error} object of the one error shape, checked to repeat the status and carry no stack trace. */
        JsonNode error(int status, String code) {
            assertThat(status()).as(body()).isEqualTo(status);
            assertThat(header("Content-Type")).startsWith("application/json");
            assertThat(body()).doesNotContain("Exception", "\tat ");
            JsonNode error = tree().get("error");
            assertThat(error.get("status").asInt()).isEqualTo(status);
            assertThat(error.get("code").asText()).isEqualTo(code);
            return error;
        }

        private JsonNode tree() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + raw.body(), e);
            }
        }
    }
}

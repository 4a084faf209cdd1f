package org.losi.designer.web;

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

/** Real HTTP against a running designer. */
public final class Http {
    static final ObjectMapper JSON_MAPPER = new ObjectMapper();
    private static final ObjectMapper JSON = JSON_MAPPER;

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Http(DesignerServer server) {
        this.base = "http://127.0.0.1:" + server.port();
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Response send(String method, String path) {
        return send(
                HttpRequest.newBuilder(URI.create(base + path)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** Sends a JSON body, written from maps, lists and records. */
    public Response send(String method, String path, Object body) {
        try {
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a body as it is, for bodies that are not JSON on purpose. */
    public Response sendRaw(String method, String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(HttpResponse<String> raw) {
        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + raw.body(), e);
            }
        }

        /** The {@code error} object of the one error shape. */
        public JsonNode error() {
            return json().get("error");
        }

        /** The body of a response that must have succeeded. */
        public JsonNode ok() {
            assertThat(status()).as("status of a response answering %s", body()).isEqualTo(200);
            return json();
        }

        /** The {@code error} object, checked to repeat the status and code and to carry no stack trace. */
        public JsonNode error(int status, String code) {
            assertThat(status()).as(body()).isEqualTo(status);
            assertThat(header("Content-Type")).startsWith("application/json");
            assertThat(body()).doesNotContain("Exception", "\tat ");
            JsonNode error = error();
            assertThat(error.get("status").asInt()).isEqualTo(status);
            assertThat(error.get("code").asText()).isEqualTo(code);
            return error;
        }
    }
}

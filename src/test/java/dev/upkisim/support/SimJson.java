package dev.upkisim.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;

/** Calls the /sim/ control API with the token and reads the JSON answer (a document, or a problem). */
public final class SimJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SimJson() {
    }

    /** An answer: status, content type and the parsed body. */
    public record Answer(int status, String contentType, JsonNode body) {
        public boolean isProblem() {
            return contentType.equals("application/problem+json");
        }

        public String detail() {
            return body.path("detail").asText();
        }
    }

    public static Answer get(RunningSimulator sim, String path) {
        return answer(sim.withToken("GET", path, null));
    }

    public static Answer post(RunningSimulator sim, String path, String body) {
        return answer(sim.withToken("POST", path, body));
    }

    /** GET, expecting 200. */
    public static JsonNode read(RunningSimulator sim, String path) {
        Answer answer = get(sim, path);
        if (answer.status() != 200) {
            throw new AssertionError("GET " + path + ": " + answer.status() + " " + answer.body());
        }
        return answer.body();
    }

    /** A JSON text read as a tree. */
    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    private static Answer answer(HttpResponse<String> response) {
        try {
            JsonNode body = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }
}

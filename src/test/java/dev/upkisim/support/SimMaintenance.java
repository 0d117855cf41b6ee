package dev.upkisim.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Maintenance windows and the timeline through {@code /sim/}, as a trainer's script drives them. */
public final class SimMaintenance {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RunningSimulator sim;

    public SimMaintenance(RunningSimulator sim) {
        this.sim = sim;
    }

    /** Adds a window; fails the test unless it was created. @return its id */
    public String add(String body) {
        HttpResponse<String> response = sim.withToken("POST", "/sim/maintenance", body);
        if (response.statusCode() != 201) {
            throw new AssertionError("POST /sim/maintenance " + body + ": " + response.statusCode() + " " + response.body());
        }
        return json(response.body()).get("id").asText();
    }

    /** A window of {@code face} starting now on the simulated clock. */
    public String openNow(String face, String duration) {
        return add("{\"face\": \"" + face + "\", \"duration\": \"" + duration + "\"}");
    }

    public void deleteAdded() {
        sim.withToken("DELETE", "/sim/maintenance", null);
    }

    public JsonNode list() {
        return json(sim.withToken("GET", "/sim/maintenance", null).body());
    }

    public JsonNode window(String id) {
        for (JsonNode window : list().get("windows")) {
            if (window.get("id").asText().equals(id)) {
                return window;
            }
        }
        throw new AssertionError("no window " + id + " in " + list());
    }

    /** The timeline's events of {@code kind} (and the kinds below it), oldest first. */
    public List<JsonNode> events(String kind) {
        List<JsonNode> events = new ArrayList<>();
        json(sim.withToken("GET", "/sim/events?kind=" + kind, null).body()).forEach(events::add);
        return events;
    }

    public void advanceClock(String amount) {
        HttpResponse<String> response = sim.withToken("POST", "/sim/clock", "{\"advance\": \"" + amount + "\"}");
        if (response.statusCode() != 200) {
            throw new AssertionError("advance " + amount + ": " + response.body());
        }
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

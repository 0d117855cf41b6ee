package dev.upkisim.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkisim.support.RunningSimulator;
import java.io.IOException;
import java.net.http.HttpResponse;

/** {@code /sim/faults} and {@code /sim/events} as a test drives them (rules written with ' for ", for brevity). */
final class SimFaults {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RunningSimulator sim;

    SimFaults(RunningSimulator sim) {
        this.sim = sim;
    }

    /** Adds a rule and returns its id. */
    long add(String rule) {
        HttpResponse<String> response = sim.withToken("POST", "/sim/faults", rule.replace('\'', '"'));
        if (response.statusCode() != 201) {
            throw new AssertionError("adding " + rule + ": " + response.statusCode() + " " + response.body());
        }
        return read(response.body()).get("id").asLong();
    }

    void clear() {
        HttpResponse<String> response = sim.withToken("DELETE", "/sim/faults", null);
        if (response.statusCode() != 204) {
            throw new AssertionError("clearing: " + response.statusCode() + " " + response.body());
        }
    }

    JsonNode list() {
        return read(sim.withToken("GET", "/sim/faults", null).body());
    }

    JsonNode rule(long id) {
        for (JsonNode rule : list().get("rules")) {
            if (rule.get("id").asLong() == id) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id + " in " + list());
    }

    /** The {@code fault.fired} events, oldest first. */
    JsonNode firedEvents() {
        return read(sim.withToken("GET", "/sim/events?kind=fault.fired", null).body());
    }

    /** The latest {@code fault.fired} event. */
    JsonNode lastFired() {
        JsonNode events = firedEvents();
        if (events.isEmpty()) {
            throw new AssertionError("no fault.fired event");
        }
        return events.get(events.size() - 1);
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(json, e);
        }
    }
}

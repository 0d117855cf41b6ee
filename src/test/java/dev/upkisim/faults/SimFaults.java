package dev.upkisim.faults;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.SimJson;
import java.net.http.HttpResponse;

/** {@code /sim/faults} and {@code /sim/events} as a test drives them (rules written with ' for ", for brevity). */
final class SimFaults {
    private final RunningSimulator sim;

    SimFaults(RunningSimulator sim) {
        this.sim = sim;
    }

    /** Adds a rule and returns its id. */
    long add(String rule) {
        SimJson.Answer answer = SimJson.post(sim, "/sim/faults", rule.replace('\'', '"'));
        if (answer.status() != 201) {
            throw new AssertionError("adding " + rule + ": " + answer.status() + " " + answer.body());
        }
        return answer.body().get("id").asLong();
    }

    void clear() {
        HttpResponse<String> response = sim.withToken("DELETE", "/sim/faults", null);
        if (response.statusCode() != 204) {
            throw new AssertionError("clearing: " + response.statusCode() + " " + response.body());
        }
    }

    JsonNode list() {
        return SimJson.read(sim, "/sim/faults");
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
        return SimJson.read(sim, "/sim/events?kind=fault.fired");
    }

    /** The latest {@code fault.fired} event. */
    JsonNode lastFired() {
        JsonNode events = firedEvents();
        if (events.isEmpty()) {
            throw new AssertionError("no fault.fired event");
        }
        return events.get(events.size() - 1);
    }
}

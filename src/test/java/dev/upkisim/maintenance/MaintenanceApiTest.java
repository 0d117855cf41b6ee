package dev.upkisim.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkisim.support.Eventually;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.SimMaintenance;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code GET/POST/DELETE /sim/maintenance} (SPEC 1.6, 1.7): listing, adding, refusing bad input without changing
 * anything, deleting, and the timeline's account of it. One simulator for the class, its clock frozen.
 */
class MaintenanceApiTest {
    @RegisterExtension
    static final RunningSimulator sim = RunningSimulator.perClass();
    private static SimMaintenance maintenance;

    @BeforeAll
    static void start() {
        maintenance = new SimMaintenance(sim);
        sim.withToken("POST", "/sim/clock", "{\"frozen\": true}");
    }

    @AfterEach
    void deleteAdded() {
        maintenance.deleteAdded();
    }

    private static long lastEventId() {
        List<JsonNode> all = maintenance.events("maintenance");
        return all.isEmpty() ? 0 : all.get(all.size() - 1).get("id").asLong();
    }

    @Test
    void aWindowIsAddedListedWithItsStateAndDeleted() {
        long before = lastEventId();
        HttpResponse<String> created = sim.withToken("POST", "/sim/maintenance", "{\"face\": \"jupki\", \"duration\": \"PT1H\"}");
        assertEquals(201, created.statusCode(), created.body());
        String id = SimMaintenance.json(created.body()).get("id").asText();
        assertTrue(id.matches("api-[0-9]+"), id);
        assertEquals("/sim/maintenance/" + id, created.headers().firstValue("Location").orElse(""));
        JsonNode window = SimMaintenance.json(created.body());
        assertEquals("jupki", window.get("face").asText());
        assertEquals("api", window.get("origin").asText());
        assertTrue(window.get("active").asBoolean());
        Instant start = Instant.parse(window.get("start").asText());
        assertEquals(start.plusSeconds(3600), Instant.parse(window.get("end").asText()));
        assertEquals(window.get("start"), window.get("current").get("start"));

        String recurring = maintenance.add("{\"face\": \"upki\", \"every\": {\"nth\": 3, \"weekday\": \"SATURDAY\"},"
                + " \"from\": \"09:00\", \"to\": \"18:00\", \"zone\": \"Asia/Tokyo\"}");
        JsonNode listed = maintenance.window(recurring);
        assertEquals("every 3rd Saturday, 09:00–18:00 (Asia/Tokyo)", listed.get("rule").get("en").asText());
        assertEquals(3, listed.get("every").get("nth").asInt());
        assertEquals(3, listed.get("next").size());
        assertFalse(listed.has("start"), "a rule has no single start");
        assertEquals(5, SimMaintenance.json(sim.withToken("GET", "/sim/maintenance/" + recurring + "?occurrences=5", null)
                .body()).get("next").size());
        assertEquals(id, maintenance.list().get("windows").get(0).get("id").asText(), "the going-on one comes first");

        assertEquals(204, sim.withToken("DELETE", "/sim/maintenance/" + id, null).statusCode());
        assertEquals(404, sim.withToken("DELETE", "/sim/maintenance/" + id, null).statusCode());
        assertEquals(1, maintenance.list().get("windows").size());
        JsonNode deleted = SimMaintenance.json(sim.withToken("DELETE", "/sim/maintenance", null).body());
        assertEquals(recurring, deleted.get("deleted").get(0).asText());
        assertEquals(0, maintenance.list().get("windows").size());
        List<String> told = new ArrayList<>();
        maintenance.events("maintenance").stream().filter(event -> event.get("id").asLong() > before)
                .forEach(event -> told.add(event.get("kind").asText()));
        assertEquals(List.of("maintenance.scheduled", "maintenance.started", "maintenance.scheduled",
                "maintenance.cancelled", "maintenance.ended", "maintenance.cancelled"), told);
    }

    @ParameterizedTest(name = "{0} → 400 saying {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"face\": \"portal\", \"duration\": \"PT1H\"}                 | face 'portal' is not one of jupki, upki, acme, repo",
            "{\"face\": \"jupki\", \"duration\": \"an hour\"}               | not an ISO-8601 duration such as PT1H",
            "{\"face\": \"jupki\", \"start\": \"2020-01-01T00:00:00Z\", \"end\": \"2020-01-01T01:00:00Z\"} | would never take effect",
            "{\"face\": \"jupki\", \"every\": {\"nth\": 3}, \"from\": \"09:00\", \"to\": \"18:00\"} | every must be",
            "{\"face\": \"jupki\", \"duration\": \"PT1H\", \"id\": \"taken\"} | id 'taken' is taken",
            "[\"jupki\"]                                                    | send a JSON object",
            "{\"face\": \"jupki\",                                          | the body is not JSON"})
    void badInputIsRefusedWithAProblemDocumentAndChangesNothing(String body, String message) {
        maintenance.add("{\"id\": \"taken\", \"face\": \"repo\", \"duration\": \"P1D\"}");
        String before = maintenance.list().get("windows").toString();
        int events = maintenance.events("maintenance").size();

        HttpResponse<String> refused = sim.withToken("POST", "/sim/maintenance", body);
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = SimMaintenance.json(refused.body());
        assertEquals("urn:upki-sim:problem:bad-request", problem.get("type").asText());
        assertTrue(problem.get("detail").asText().contains(message), problem.toString());
        assertEquals(before, maintenance.list().get("windows").toString());
        assertEquals(events, maintenance.events("maintenance").size());
    }

    @Test
    void aWindowTheClockJumpsOverIsToldAsStartedAndEndedAndADeletedOneEndsAtOnce() {
        long before = lastEventId();
        Instant now = Instant.parse(SimMaintenance.json(sim.withToken("GET", "/sim/clock", null).body()).get("now").asText());
        maintenance.add("{\"face\": \"repo\", \"start\": \"" + now.plusSeconds(3600) + "\", \"duration\": \"PT1H\"}");
        maintenance.advanceClock("PT3H");
        List<JsonNode> told = Eventually.await("the window's start and end", () -> {
            List<JsonNode> events = maintenance.events("maintenance").stream().filter(event -> event.get("id").asLong() > before
                    && event.get("kind").asText().matches("maintenance\\.(started|ended)")).toList();
            return events.size() == 2 ? Optional.of(events) : Optional.empty();
        });
        assertEquals("maintenance.started", told.get(0).get("kind").asText());
        assertTrue(told.get(1).get("reason").asText().contains("while the simulated clock jumped"), told.toString());

        String current = maintenance.openNow("upki", "PT2H");
        assertTrue(maintenance.window(current).get("active").asBoolean());
        sim.withToken("DELETE", "/sim/maintenance/" + current, null);
        List<JsonNode> ends = maintenance.events("maintenance.ended");
        JsonNode ended = ends.get(ends.size() - 1);
        assertEquals("upki", ended.get("face").asText());
        assertTrue(ended.get("reason").asText().contains("came out of maintenance early"), ended.toString());
    }
}

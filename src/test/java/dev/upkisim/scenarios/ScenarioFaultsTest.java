package dev.upkisim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkisim.support.Eventually;
import dev.upkisim.support.NiiJourney;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.SimJson;
import dev.upkisim.support.TsvRows;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@code faults} section of a scenario (SPEC 1.6: fault rules "loaded from scenario files"): {@code slow-day}
 * replaces the rules in force with its own — the NII → CA step fails once, mail delivery fails twice — which act as
 * rules added through {@code /sim/faults} do; {@code instant} has none; a reset returns to the scenario's rules with
 * their counters at zero.
 */
class ScenarioFaultsTest {
    @RegisterExtension
    static final RunningSimulator sim = RunningSimulator.perClass();
    private static NiiJourney journey;

    @BeforeAll
    static void start() {
        journey = new NiiJourney(sim, "example-u");
    }

    /** No application of one test waits for a retry in the next: back to instant, and a clean state. */
    @AfterEach
    void clean() {
        assertEquals(200, SimJson.post(sim, "/sim/scenario", "{\"name\": \"instant\"}").status());
        assertEquals(200, SimJson.post(sim, "/sim/reset", "{}").status());
    }

    @Test
    void slowDayInstallsItsRulesTheNiiToCaStepFailsOnceThenSucceedsAndInstantClearsThem() {
        assertEquals(201, sim.withToken("POST", "/sim/faults", "{\"match\": {\"face\": \"rp\"}, \"action\": {\"type\":"
                + " \"reset\"}}").statusCode());
        assertEquals(200, SimJson.post(sim, "/sim/scenario", "{\"name\": \"slow-day\"}").status());

        JsonNode rules = rules();
        assertEquals(2, rules.size(), "the scenario's rules replaced the one added: " + rules);
        assertEquals(List.of("1", "2"), rules.findValuesAsText("id"));
        assertEquals("{\"stage\":\"nii-to-ca\"}", rules.get(0).get("match").toString());
        assertEquals("{\"type\":\"next\",\"count\":1}", rules.get(0).get("trigger").toString());
        assertEquals("{\"type\":\"fail\",\"message\":\"CA busy\"}", rules.get(0).get("action").toString());
        assertEquals("{\"stage\":\"mail-delivery\"}", rules.get(1).get("match").toString());
        assertEquals("{\"type\":\"next\",\"count\":2}", rules.get(1).get("trigger").toString());
        assertEquals(List.of("0", "0"), rules.findValuesAsText("fired"));
        assertTrue(reasons("fault.cleared").contains("All fault rules removed (1) by scenario slow-day."),
                reasons("fault.cleared").toString());
        assertEquals(2, reasons("fault.added").stream().filter(reason -> reason.endsWith("added by scenario slow-day."))
                .count(), reasons("fault.added").toString());

        String email = "slow.day@example.ac.jp";
        upload(email, "s2612101");
        Eventually.await("the NII → CA step to fail", () -> Optional.of(rules().get(0)).filter(rule -> rule.get("fired").asInt() == 1));
        assertTrue(journey.outbox().find(email, "発行受付通知").isEmpty(), "not processed while the step failed");
        advanceUntil("the acceptance mail after the retry", () -> journey.outbox().find(email, "発行受付通知").isPresent());
        assertEquals(1, rules().get(0).get("fired").asInt(), "failed once");
        assertEquals(2, rules().get(0).get("considered").asInt(), "then succeeded");

        assertEquals(200, SimJson.post(sim, "/sim/scenario", "{\"name\": \"instant\"}").status());
        assertEquals(0, rules().size());
        assertTrue(reasons("fault.cleared").contains("All fault rules removed (2) by scenario instant."));
    }

    @Test
    void aResetReturnsToTheScenariosRulesWithTheirCountersAtZero() {
        assertEquals(200, SimJson.post(sim, "/sim/scenario", "{\"name\": \"slow-day\"}").status());
        upload("reset.counters@example.ac.jp", "s2612102");
        Eventually.await("the NII → CA step to fail", () -> Optional.of(rules().get(0)).filter(rule -> rule.get("fired").asInt() == 1));
        assertEquals(201, sim.withToken("POST", "/sim/faults", "{\"match\": {\"face\": \"rp\"}, \"action\": {\"type\":"
                + " \"reset\"}}").statusCode());
        assertEquals(204, sim.withToken("DELETE", "/sim/faults/2", null).statusCode());

        assertEquals(200, SimJson.post(sim, "/sim/reset", "{}").status());
        JsonNode rules = rules();
        assertEquals(List.of("1", "2"), rules.findValuesAsText("id"), rules.toString());
        assertEquals("{\"stage\":\"mail-delivery\"}", rules.get(1).get("match").toString(), "the deleted rule is back");
        assertEquals(List.of("0", "0"), rules.findValuesAsText("considered"));
        assertEquals(List.of("0", "0"), rules.findValuesAsText("fired"));
        assertEquals("sim.reset", SimJson.read(sim, "/sim/events").get(0).get("kind").asText());

        upload("after.reset@example.ac.jp", "s2612103");
        Eventually.await("the spent rule to fire again", () -> Optional.of(rules().get(0)).filter(rule -> rule.get("fired").asInt() == 1));
    }

    private static void upload(String email, String number) {
        journey.upload("1", "1", new TsvRows().issue(TsvRows.clientDn("SLOW DAY", number), 5, 1, "混雑 日", email).bytes());
    }

    private static JsonNode rules() {
        return SimJson.read(sim, "/sim/faults").get("rules");
    }

    private static List<String> reasons(String kind) {
        return SimJson.read(sim, "/sim/events?kind=" + kind).findValuesAsText("reason");
    }

    /** Moves the simulated clock on by two minutes at a time (the retry's back-off) until {@code done}. */
    private static void advanceUntil(String what, BooleanSupplier done) {
        for (int step = 0; step < 10 && !done.getAsBoolean(); step++) {
            assertEquals(200, SimJson.post(sim, "/sim/clock", "{\"advance\": \"PT2M\"}").status());
            try {
                Eventually.await(what, Duration.ofSeconds(3), () -> done.getAsBoolean() ? Optional.of(true) : Optional.empty());
            } catch (AssertionError notYet) {
                // the retry was scheduled after this advance: move the clock again
            }
        }
        assertTrue(done.getAsBoolean(), "gave up waiting for " + what);
    }
}

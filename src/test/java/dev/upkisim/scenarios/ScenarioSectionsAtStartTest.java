package dev.upkisim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkisim.config.Settings;
import dev.upkisim.config.SettingsCatalog;
import dev.upkisim.support.RaClient;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.SimJson;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Maintenance windows and fault rules set by the scenario chosen at start (SPEC 2 {@code --scenario}, SPEC 1.6), and
 * what a restart does with them: without a scenario setting the scenario is not loaded again, so its window stays as it
 * was saved (not a second one); with one it is loaded again and replaces them. The tests share one data directory, in
 * order, as one run of restarts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScenarioSectionsAtStartTest {
    @TempDir
    static Path data;
    private static String firstStart;

    private static Settings settings() {
        return Settings.forTests(data).with(SettingsCatalog.SIM_TOKEN, RunningSimulator.TOKEN);
    }

    @Test
    @Order(1)
    void maintenanceNowGivenAtStartPutsTheNiiFaceInMaintenance() {
        try (RunningSimulator sim = RunningSimulator.start(settings().with(SettingsCatalog.SCENARIO, "maintenance-now"))) {
            JsonNode window = onlyWindow(sim);
            assertEquals("scenario-1", window.get("id").asText());
            assertTrue(window.get("active").asBoolean());
            firstStart = window.get("start").asText();
            assertEquals(503, RaClient.forInstitution(sim, "example-u").getBytes("/upki-odcert/lra/SSLLogin.do").statusCode());
            assertEquals(1, SimJson.read(sim, "/sim/events?kind=maintenance.scheduled").size());
        }
    }

    @Test
    @Order(2)
    void aRestartWithoutAScenarioKeepsTheWindowAsItWasSaved() {
        try (RunningSimulator sim = RunningSimulator.start(settings())) {
            assertEquals("maintenance-now", SimJson.read(sim, "/sim/scenario").get("current").get("name").asText());
            JsonNode window = onlyWindow(sim);
            assertEquals(firstStart, window.get("start").asText(), "the same window, not one from this start");
            assertEquals("scenario", window.get("origin").asText());
            assertEquals(503, RaClient.forInstitution(sim, "example-u").getBytes("/upki-odcert/lra/SSLLogin.do").statusCode());
            assertEquals(1, SimJson.read(sim, "/sim/events?kind=maintenance.scheduled").size(), "not scheduled again");
            assertEquals(1, SimJson.read(sim, "/sim/events?kind=scenario.loaded").size(), "not loaded again");
        }
    }

    @Test
    @Order(3)
    void aRestartWithTheScenarioGivenAgainReplacesTheWindowWithOneFromThisStart() {
        try (RunningSimulator sim = RunningSimulator.start(settings().with(SettingsCatalog.SCENARIO, "maintenance-now"))) {
            JsonNode window = onlyWindow(sim);
            assertFalse(Instant.parse(window.get("start").asText()).isBefore(Instant.parse(firstStart)));
            assertTrue(window.get("active").asBoolean());
        }
    }

    @Test
    @Order(4)
    void slowDayGivenAtStartEndsTheMaintenanceAndSaysWhoseFaultRulesAreInForce() {
        try (RunningSimulator sim = RunningSimulator.start(settings().with(SettingsCatalog.SCENARIO, "slow-day"))) {
            assertEquals(0, SimJson.read(sim, "/sim/maintenance").get("windows").size());
            assertEquals(2, SimJson.read(sim, "/sim/faults").get("rules").size());
            assertTrue(sim.simulator().notices().contains("2 fault rule(s) of scenario slow-day are in force:"
                    + " GET /sim/faults lists them, DELETE /sim/faults removes them"), sim.simulator().notices().toString());
        }
    }

    private static JsonNode onlyWindow(RunningSimulator sim) {
        JsonNode windows = SimJson.read(sim, "/sim/maintenance").get("windows");
        assertEquals(1, windows.size(), windows.toString());
        return windows.get(0);
    }
}

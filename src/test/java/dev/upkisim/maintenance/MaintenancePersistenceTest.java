package dev.upkisim.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkisim.config.Settings;
import dev.upkisim.config.SettingsCatalog;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.SimMaintenance;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Windows added through {@code /sim/maintenance} are kept in the data directory (sim_control), so a restart keeps
 * what the API acknowledged; the fixtures' calendar comes back from maintenance.yaml and cannot be deleted by API.
 */
class MaintenancePersistenceTest {
    @TempDir
    Path data;
    private RunningSimulator sim;

    private SimMaintenance start() {
        sim = RunningSimulator.start(Settings.forTests(data).with(SettingsCatalog.SIM_TOKEN, RunningSimulator.TOKEN)
                .with(SettingsCatalog.MAINTENANCE_FIXTURE_WINDOWS, true));
        return new SimMaintenance(sim);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void addedWindowsAreKeptAcrossARestartAndTheFixturesWindowsCannotBeDeletedThroughTheApi() {
        SimMaintenance maintenance = start();
        String once = maintenance.add("{\"face\": \"upki\", \"start\": \"2030-01-05T00:00:00Z\", \"end\": \"2030-01-05T09:00:00Z\","
                + " \"title\": {\"ja\": \"年始作業\", \"en\": \"New year work\"}}");
        String weekly = maintenance.add("{\"face\": \"repo\", \"every\": {\"weekday\": \"SUNDAY\"}, \"from\": \"02:00\", \"to\": \"03:00\"}");
        String current = maintenance.openNow("acme", "PT1H");
        String listed = definitions(maintenance.list());
        assertEquals(1, started(maintenance, current));
        sim.close();

        SimMaintenance restarted = start();
        JsonNode windows = restarted.list();
        assertEquals(listed, definitions(windows));
        assertEquals("年始作業", restarted.window(once).get("title").get("ja").asText());
        assertEquals("SUNDAY", restarted.window(weekly).get("every").get("weekday").asText());
        assertEquals("fixtures", restarted.window("jupki-monthly").get("origin").asText());
        assertTrue(restarted.window(current).get("active").asBoolean());
        assertEquals(1, started(restarted, current), "a start seen before the restart is not told again");
        assertEquals("api-4", restarted.add("{\"face\": \"acme\", \"duration\": \"PT1H\"}"), "numbering goes on");

        HttpResponse<String> refused = sim.withToken("DELETE", "/sim/maintenance/upki-2026-12", null);
        assertEquals(409, refused.statusCode());
        assertTrue(SimMaintenance.json(refused.body()).get("detail").asText().contains("maintenance.yaml"), refused.body());
        assertEquals(4, SimMaintenance.json(sim.withToken("DELETE", "/sim/maintenance", null).body()).get("deleted").size());
        assertEquals("jupki-monthly", restarted.window("jupki-monthly").get("id").asText(), "the fixtures stay");
    }

    private static long started(SimMaintenance maintenance, String window) {
        return maintenance.events("maintenance.started").stream()
                .filter(event -> event.get("reason").asText().contains("window '" + window + "'")).count();
    }

    private static String definitions(JsonNode list) {
        List<String> windows = new ArrayList<>();
        for (JsonNode window : list.get("windows")) {
            windows.add(window.get("id").asText() + " " + window.get("face").asText() + " " + window.path("start").asText()
                    + " " + window.path("end").asText() + " " + window.path("every") + " " + window.path("from").asText()
                    + " " + window.path("to").asText() + " " + window.get("title"));
        }
        return String.join("\n", windows);
    }
}

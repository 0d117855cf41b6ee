package dev.upkisim.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkisim.config.Settings;
import dev.upkisim.config.SettingsCatalog;
import dev.upkisim.support.Eventually;
import dev.upkisim.support.NiiJourney;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.SimMaintenance;
import dev.upkisim.support.TsvRows;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trainer who deletes a window ends its maintenance at once: the applications it held are processed now, not at
 * the window's planned end, and the NII pages answer again (SPEC 1.7: /sim/ can always end a maintenance).
 */
class MaintenanceEndedEarlyTest {
    @TempDir
    Path data;

    @Test
    void deletingAWindowLetsTheWorkItHeldRunWithoutWaitingForItsEnd() {
        try (RunningSimulator sim = RunningSimulator.start(Settings.forTests(data)
                .with(SettingsCatalog.SIM_TOKEN, RunningSimulator.TOKEN).with(SettingsCatalog.INSTANT, false))) {
            SimMaintenance maintenance = new SimMaintenance(sim);
            sim.withToken("POST", "/sim/clock", "{\"frozen\": true}");
            NiiJourney journey = new NiiJourney(sim, "example-u");
            TsvRows rows = new TsvRows();
            for (int i = 1; i <= 3; i++) {
                rows.issue(TsvRows.clientDn("EARLY USER " + i, "s2790" + i), 5, 1, "早期 利用者" + i, "early" + i + "@example.ac.jp");
            }
            journey.upload("1", "1", rows.bytes());
            String window = maintenance.openNow("upki", "P1D");
            maintenance.advanceClock("PT23H");
            Eventually.await("3 held applications", () -> maintenance.events("job.paused").size() == 3 ? Optional.of(true)
                    : Optional.empty());

            assertEquals(204, sim.withToken("DELETE", "/sim/maintenance/" + window, null).statusCode());
            List<JsonNode> resumed = maintenance.events("job.resumed");
            assertEquals(1, resumed.size());
            assertTrue(resumed.get(0).get("reason").asText().startsWith("3 jobs that were waiting"), resumed.toString());
            JsonNode mails = Eventually.await("the held applications' mails, the clock still frozen", () -> {
                JsonNode all = SimMaintenance.json(sim.withToken("GET", "/sim/mail", null).body());
                return all.size() >= 6 ? Optional.of(all) : Optional.empty();
            });
            assertEquals(6, mails.size(), "two mails each, once");
            assertEquals(200, journey.ra().getBytes(NiiJourney.LRA + "/SSLLogin.do").statusCode(), "the NII face answers again");
        }
    }
}

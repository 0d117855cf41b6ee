package dev.upkisim.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkisim.config.Settings;
import dev.upkisim.config.SettingsCatalog;
import dev.upkisim.support.Eventually;
import dev.upkisim.support.NiiJourney;
import dev.upkisim.support.RaClient;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.SimMaintenance;
import dev.upkisim.support.TsvRows;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's check: "a window that starts while 100 applications are in flight loses none of them" (SPEC 1.6: pending
 * processing pauses and resumes after the window, nothing is lost). Realistic delays (not --instant) and a frozen
 * clock keep the 100 uploaded rows waiting; the clock is then moved, never slept on.
 */
class ApplicationsInFlightDuringMaintenanceTest {
    private static final int APPLICATIONS = 100;
    @TempDir
    static Path data;
    private static RunningSimulator sim;
    private static SimMaintenance maintenance;

    @BeforeAll
    static void start() {
        sim = RunningSimulator.start(Settings.forTests(data).with(SettingsCatalog.SIM_TOKEN, RunningSimulator.TOKEN)
                .with(SettingsCatalog.INSTANT, false));
        maintenance = new SimMaintenance(sim);
        sim.withToken("POST", "/sim/clock", "{\"frozen\": true}");
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void aWindowThatStartsWhileAHundredApplicationsAreInFlightLosesNoneAndProcessesEachOnceAfterIt() {
        NiiJourney journey = new NiiJourney(sim, "example-u");
        TsvRows rows = new TsvRows();
        for (int i = 1; i <= APPLICATIONS; i++) {
            rows.issue(TsvRows.clientDn("INFLIGHT USER " + i, String.format("s27%05d", i)), 5, 1, "途中 利用者" + i,
                    "inflight" + i + "@example.ac.jp");
        }
        RaClient.Page accepted = journey.upload("1", "1", rows.bytes());
        assertEquals("クライアント証明書　発行・更新申請完了画面", accepted.heading(), accepted.document().text());

        maintenance.openNow("upki", "P2D");
        maintenance.advanceClock("P1DT23H"); // every row's delay is over, inside the window
        List<JsonNode> paused = Eventually.await("100 job.paused events", Duration.ofSeconds(60), () -> {
            List<JsonNode> events = maintenance.events("job.paused");
            return events.size() >= APPLICATIONS ? Optional.of(events) : Optional.empty();
        });
        Set<Long> waiting = new TreeSet<>();
        paused.forEach(event -> waiting.add(event.get("application").asLong()));
        assertEquals(APPLICATIONS, paused.size(), "each held once");
        assertEquals(APPLICATIONS, waiting.size());
        assertTrue(paused.get(0).get("reason").asText().contains("waits: the UPKI certificate service (NII) is in maintenance"),
                paused.get(0).toString());
        assertEquals(0, mails().size(), "nothing was processed during the window");
        assertEquals(503, journey.ra().getBytes(NiiJourney.LRA + "/syomeiDL_S_Cli.do").statusCode());

        maintenance.advanceClock("PT2H"); // past the end
        List<JsonNode> mails = Eventually.await("two mails per application", Duration.ofSeconds(90), () -> {
            List<JsonNode> all = mails();
            return all.size() >= 2 * APPLICATIONS ? Optional.of(all) : Optional.empty();
        });
        Map<String, Integer> perApplicationAndKind = new HashMap<>();
        mails.forEach(mail -> perApplicationAndKind.merge(mail.get("application").asLong() + " " + mail.get("kind").asText(), 1,
                Integer::sum));
        assertEquals(2 * APPLICATIONS, mails.size());
        assertTrue(perApplicationAndKind.values().stream().allMatch(count -> count == 1), perApplicationAndKind.toString());
        Set<Long> mailed = new TreeSet<>();
        mails.forEach(mail -> mailed.add(mail.get("application").asLong()));
        assertEquals(waiting, mailed, "the held applications, each processed");

        String list = new String(journey.ra().getBytes(NiiJourney.LRA + "/syomeiDL_S_Cli.do").body(), RaClient.SHIFT_JIS);
        List<String> lines = new ArrayList<>(List.of(list.split("\r\n")));
        lines.remove(0);
        assertEquals(APPLICATIONS, lines.size(), list);
        assertTrue(lines.stream().allMatch(line -> line.split("\t", -1)[11].equals("4")), "every one awaits download");
        assertEquals(APPLICATIONS, maintenance.events("job.paused").size(), "and none was held again");
    }

    private static List<JsonNode> mails() {
        List<JsonNode> all = new ArrayList<>();
        SimMaintenance.json(sim.withToken("GET", "/sim/mail", null).body()).forEach(all::add);
        return all;
    }
}

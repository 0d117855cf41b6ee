package dev.upkisim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkisim.support.Eventually;
import dev.upkisim.support.RaClient;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.SimJson;
import dev.upkisim.support.SimMaintenance;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@code maintenance} section of a scenario (SPEC 1.6: scenarios set maintenance in one step): loading
 * {@code maintenance-now} puts the NII face into maintenance from the simulated now for two hours, in place of the
 * windows added at run time; loading another scenario ends it; a reset starts it again from the reset.
 */
class ScenarioMaintenanceTest {
    private static final String NII_PAGE = "/upki-odcert/lra/SSLLogin.do";
    @RegisterExtension
    static final RunningSimulator sim = RunningSimulator.perClass();
    private static SimMaintenance maintenance;
    private static RaClient ra;

    @BeforeAll
    static void start() {
        maintenance = new SimMaintenance(sim);
        ra = RaClient.forInstitution(sim, "example-u");
    }

    @Test
    void maintenanceNowPutsTheNiiFaceInMaintenanceFromNowAndLoadingRealisticEndsIt() {
        String added = maintenance.openNow("acme", "PT1H");
        Instant before = now();
        SimJson.Answer loaded = SimJson.post(sim, "/sim/scenario", "{\"name\": \"maintenance-now\"}");
        Instant after = now();
        assertEquals(200, loaded.status(), loaded.body().toString());
        assertTrue(loaded.body().get("summary").asText().contains("; maintenance: scenario-1 upki from now for PT2H; faults: none"),
                loaded.body().toString());

        JsonNode windows = maintenance.list().get("windows");
        assertEquals(1, windows.size(), "the scenario's window replaced the one added at run time: " + windows);
        JsonNode window = windows.get(0);
        assertEquals("scenario-1", window.get("id").asText());
        assertEquals("upki", window.get("face").asText());
        assertEquals("scenario", window.get("origin").asText());
        assertEquals("UPKI電子証明書発行サービス 臨時メンテナンス", window.get("title").get("ja").asText());
        assertTrue(window.get("active").asBoolean());
        Instant start = Instant.parse(window.get("start").asText());
        assertFalse(start.isBefore(before) || start.isAfter(after), "starts when loaded: " + start);
        assertEquals(Duration.ofHours(2), Duration.between(start, Instant.parse(window.get("end").asText())));

        HttpResponse<byte[]> page = ra.getBytes(NII_PAGE);
        assertEquals(503, page.statusCode());
        assertEquals("text/html; charset=EUC-JP", page.headers().firstValue("Content-Type").orElse(""));
        assertTrue(page.headers().firstValue("Retry-After").isPresent());
        String text = Jsoup.parse(new String(page.body(), RaClient.EUC_JP)).text();
        assertTrue(text.contains("システムメンテナンスのお知らせ") && text.contains("臨時メンテナンス"), text);

        assertTrue(reasons("maintenance.cancelled").contains("Loading scenario maintenance-now deleted the maintenance"
                + " windows added at run time: " + added + "."), reasons("maintenance.cancelled").toString());
        assertTrue(reasons("maintenance.scheduled").stream().anyMatch(reason -> reason.startsWith("Maintenance window"
                + " 'scenario-1' of the UPKI") && reason.contains("was set by scenario maintenance-now")),
                reasons("maintenance.scheduled").toString());
        Eventually.await("the start on the timeline", () -> reasons("maintenance.started").stream()
                .filter(reason -> reason.contains("window 'scenario-1'")).findFirst());

        assertEquals(200, SimJson.post(sim, "/sim/scenario", "{\"name\": \"realistic\"}").status());
        assertEquals(0, maintenance.list().get("windows").size());
        assertNotEquals(503, ra.getBytes(NII_PAGE).statusCode(), "the NII face answers again");
        Eventually.await("the early end on the timeline", () -> reasons("maintenance.ended").stream()
                .filter(reason -> reason.contains("early, its window deleted (window 'scenario-1'")).findFirst());
    }

    @Test
    void aResetInMaintenanceNowStartsTheWindowAgainFromTheReset() {
        assertEquals(200, SimJson.post(sim, "/sim/scenario", "{\"name\": \"maintenance-now\"}").status());
        maintenance.advanceClock("PT3H");
        assertFalse(maintenance.window("scenario-1").get("active").asBoolean(), "two hours are over");
        assertNotEquals(503, ra.getBytes(NII_PAGE).statusCode());

        Instant before = now();
        assertEquals(200, SimJson.post(sim, "/sim/reset", "{}").status());
        JsonNode windows = maintenance.list().get("windows");
        assertEquals(1, windows.size(), windows.toString());
        assertTrue(windows.get(0).get("active").asBoolean());
        assertFalse(Instant.parse(windows.get(0).get("start").asText()).isBefore(before), "from the reset");
        assertEquals(503, ra.getBytes(NII_PAGE).statusCode());
        assertTrue(SimJson.read(sim, "/sim/events").get(0).get("reason").asText().contains("maintenance: scenario-1 upki"
                + " from now for PT2H"), "the reset's event says what the scenario set");
        assertEquals(200, SimJson.post(sim, "/sim/scenario", "{\"name\": \"realistic\"}").status());
    }

    private static Instant now() {
        return Instant.parse(SimJson.read(sim, "/sim/clock").get("now").asText());
    }

    private static List<String> reasons(String kind) {
        return maintenance.events(kind).stream().map(event -> event.get("reason").asText()).toList();
    }
}

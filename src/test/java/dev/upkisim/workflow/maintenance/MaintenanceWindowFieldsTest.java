package dev.upkisim.workflow.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkisim.core.MaintenanceTiming;
import dev.upkisim.core.MaintenanceWindow;
import dev.upkisim.core.Recurrence;
import dev.upkisim.core.ServiceFace;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

/** How a maintenance window is written in maintenance.yaml and POST /sim/maintenance, and what is refused. */
class MaintenanceWindowFieldsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

    private static MaintenanceWindow json(String body) throws Exception {
        return MaintenanceWindowFields.parse(JSON.readValue(body, Map.class), "api-1", MaintenanceWindow.Origin.API, NOW);
    }

    @Test
    void aOneOffWindowHasStartAndEndAndADefaultTitleNamingTheFace() throws Exception {
        MaintenanceWindow window = json("{\"face\": \"upki\", \"start\": \"2026-12-19T00:00:00Z\", \"end\": \"2026-12-19T09:00:00Z\"}");
        assertEquals("api-1", window.id());
        assertEquals(ServiceFace.UPKI, window.face());
        MaintenanceTiming.Once once = assertInstanceOf(MaintenanceTiming.Once.class, window.timing());
        assertEquals(Instant.parse("2026-12-19T09:00:00Z"), once.span().end());
        assertEquals("UPKI電子証明書発行サービス（NII） メンテナンス", window.title().ja());
        assertEquals("UPKI certificate service (NII) maintenance", window.title().en());
    }

    @Test
    void onlyADurationMeansStartingNowOnTheSimulatedClock() throws Exception {
        MaintenanceWindow window = json("{\"face\": \"jupki\", \"duration\": \"PT1H\"}");
        MaintenanceTiming.Once once = (MaintenanceTiming.Once) window.timing();
        assertEquals(NOW, once.span().start());
        assertEquals(NOW.plusSeconds(3600), once.span().end());
    }

    @Test
    void aRecurringWindowFromYamlWithAnUnquotedTimestampElsewhereAndTheDefaultZone() {
        Map<?, ?> fields = new Yaml().load("""
                id: jupki-monthly
                face: jupki
                every: {nth: 3, weekday: saturday}
                from: "09:00"
                to: "18:00"
                title: {ja: 定期メンテナンス, en: Monthly maintenance}
                """);
        MaintenanceWindow window = MaintenanceWindowFields.parse(fields, "fixture-1", MaintenanceWindow.Origin.FIXTURES, null);
        assertEquals("jupki-monthly", window.id());
        Recurrence rule = assertInstanceOf(Recurrence.class, window.timing());
        assertEquals(new Recurrence.MonthlyNth(3, DayOfWeek.SATURDAY), rule.every());
        assertEquals(LocalTime.of(18, 0), rule.to());
        assertEquals(Recurrence.JAPAN, rule.zone());
        assertEquals("Monthly maintenance", window.title().en());
    }

    @Test
    void whatItWritesItReadsBackAsTheSameWindow() throws Exception {
        for (String body : new String[] {
                "{\"face\": \"repo\", \"start\": \"2026-12-01T00:00:00Z\", \"duration\": \"PT90M\", \"title\": {\"ja\": \"作業\", \"en\": \"Work\"}}",
                "{\"face\": \"acme\", \"every\": \"daily\", \"from\": \"22:00\", \"to\": \"02:00\", \"zone\": \"UTC\"}",
                "{\"face\": \"upki\", \"every\": {\"weekday\": \"SUNDAY\"}, \"from\": \"01:00\", \"to\": \"03:30\"}",
                "{\"face\": \"upki\", \"every\": {\"nth\": -1, \"weekday\": \"FRIDAY\"}, \"from\": \"20:00\", \"to\": \"23:00\"}"}) {
            MaintenanceWindow window = json(body);
            Map<?, ?> written = JSON.readValue(JSON.writeValueAsString(MaintenanceWindowFields.of(window)), Map.class);
            assertEquals(window, MaintenanceWindowFields.parse(written, "other", MaintenanceWindow.Origin.API, null), body);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "{}                                                                  | face is missing",
            "{\"face\": \"portal\", \"duration\": \"PT1H\"}                      | not one of jupki, upki, acme, repo",
            "{\"face\": \"jupki\"}                                               | give start and end (or a duration)",
            "{\"face\": \"jupki\", \"duraton\": \"PT1H\"}                        | unknown field 'duraton'",
            "{\"face\": \"jupki\", \"duration\": \"1 hour\"}                     | not an ISO-8601 duration",
            "{\"face\": \"jupki\", \"duration\": \"-PT1H\"}                      | must be positive",
            "{\"face\": \"jupki\", \"start\": \"2026-12-19\", \"end\": \"2026-12-20T00:00:00Z\"} | not an ISO-8601 instant",
            "{\"face\": \"jupki\", \"start\": \"2026-12-19T09:00:00Z\", \"end\": \"2026-12-19T08:00:00Z\"} | must be after start",
            "{\"face\": \"jupki\", \"start\": \"2026-12-19T09:00:00Z\"}          | exactly one of end and duration",
            "{\"face\": \"jupki\", \"end\": \"2026-12-19T09:00:00Z\", \"duration\": \"PT1H\"} | exactly one of end and duration",
            "{\"face\": \"jupki\", \"duration\": \"PT1H\", \"every\": \"daily\"} | not both",
            "{\"face\": \"jupki\", \"every\": \"daily\", \"from\": \"09:00\"}     | needs every, from and to",
            "{\"face\": \"jupki\", \"every\": \"monthly\", \"from\": \"09:00\", \"to\": \"10:00\"} | every must be \"daily\"",
            "{\"face\": \"jupki\", \"every\": {\"weekday\": \"SAT\"}, \"from\": \"09:00\", \"to\": \"10:00\"} | not one of MONDAY",
            "{\"face\": \"jupki\", \"every\": {\"nth\": 6, \"weekday\": \"SATURDAY\"}, \"from\": \"09:00\", \"to\": \"10:00\"} | 1 to 5, or -1",
            "{\"face\": \"jupki\", \"every\": {\"nth\": \"3\", \"weekday\": \"SATURDAY\"}, \"from\": \"09:00\", \"to\": \"10:00\"} | whole number",
            "{\"face\": \"jupki\", \"every\": \"daily\", \"from\": \"9am\", \"to\": \"10:00\"} | not a time such as",
            "{\"face\": \"jupki\", \"every\": \"daily\", \"from\": \"09:00\", \"to\": \"09:00\"} | needs a length",
            "{\"face\": \"jupki\", \"every\": \"daily\", \"from\": \"09:00\", \"to\": \"10:00\", \"zone\": \"Tokyo\"} | not a time zone",
            "{\"face\": \"jupki\", \"duration\": \"PT1H\", \"title\": \"Work\"}  | title must be",
            "{\"face\": \"jupki\", \"duration\": \"PT1H\", \"title\": {\"en\": \"Work\"}} | title must be",
            "{\"face\": \"jupki\", \"duration\": \"PT1H\", \"id\": \"Big Window\"} | lower-case letters"})
    void badFieldsAreRefusedWithAMessageThatSaysWhatIsWrong(String body, String message) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> json(body));
        assertTrue(error.getMessage().contains(message), error.getMessage());
    }

    @Test
    void anUnquotedYamlTimeIsExplained() {
        Map<?, ?> fields = new Yaml().load("{face: upki, every: daily, from: \"09:00\", to: 18:00}");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> MaintenanceWindowFields.parse(fields, "fixture-1", MaintenanceWindow.Origin.FIXTURES, null));
        assertTrue(error.getMessage().contains("in quotes such as \"18:00\""), error.getMessage());
    }

    @Test
    void theFixturesHaveNoNowSoADurationNeedsAStart() {
        Map<?, ?> fields = new Yaml().load("{face: upki, duration: PT1H}");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> MaintenanceWindowFields.parse(fields, "fixture-1", MaintenanceWindow.Origin.FIXTURES, null));
        assertTrue(error.getMessage().contains("start is missing"), error.getMessage());
    }
}

package dev.upkisim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkisim.config.Settings;
import dev.upkisim.config.SettingsCatalog;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.SimJson;
import dev.upkisim.support.TestFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A scenario file whose {@code maintenance} or {@code faults} entry is wrong (SPEC 1.6) is refused as a whole, with a
 * message that names the file, the section's entry and the field — and nothing changes: not the scenario, not the
 * windows, not the rules, not the timeline.
 */
class BrokenScenarioSectionsTest {
    @TempDir
    static Path data;
    @TempDir
    static Path fixtures;
    private static RunningSimulator sim;

    @BeforeAll
    static void start() throws Exception {
        TestFixtures.base(fixtures);
        Files.createDirectories(fixtures.resolve("scenarios"));
        Files.writeString(fixtures.resolve("scenarios/bad-window.yaml"), """
                description: {ja: 誤った窓, en: A wrong window}
                maintenance:
                  - {face: upki, duration: PT2H}
                  - {face: jupki, duration: PT2H, titel: {ja: 作業, en: Work}}
                faults:
                  - {match: {stage: nii-to-ca}, action: {type: fail}}
                """);
        Files.writeString(fixtures.resolve("scenarios/bad-rule.yaml"), """
                description: {ja: 誤った規則, en: A wrong rule}
                maintenance:
                  - {face: upki, duration: PT2H}
                faults:
                  - {match: {stage: nii-to-ca}, trigger: {type: next, count: 0}, action: {type: fail}}
                """);
        Files.writeString(fixtures.resolve("maintenance.yaml"), """
                maintenance:
                  - {id: new-year, face: repo, start: 2030-01-01T00:00:00Z, end: 2030-01-01T06:00:00Z}
                """);
        Files.writeString(fixtures.resolve("scenarios/taken-id.yaml"), """
                description: {ja: 使用済みの名前, en: A taken id}
                maintenance:
                  - {id: new-year, face: upki, duration: PT2H}
                """);
        sim = RunningSimulator.start(Settings.forTests(data).with(SettingsCatalog.SIM_TOKEN, RunningSimulator.TOKEN)
                .with(SettingsCatalog.FIXTURES, fixtures).with(SettingsCatalog.MAINTENANCE_FIXTURE_WINDOWS, true));
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "bad-window | key maintenance[1]: unknown field 'titel'; allowed:",
            "bad-rule   | key faults[0]: trigger.count must be a whole number from 1 to 1000000",
            "taken-id   | key maintenance[0]: id 'new-year' is a window of the fixtures' maintenance.yaml"})
    void aWrongEntryIsRefusedNamingFileSectionAndFieldAndChangesNothing(String name, String message) {
        assertEquals(200, SimJson.post(sim, "/sim/scenario", "{\"name\": \"slow-day\"}").status());
        assertEquals(201, sim.withToken("POST", "/sim/maintenance", "{\"face\": \"acme\", \"duration\": \"PT1H\"}").statusCode());
        JsonNode scenario = SimJson.read(sim, "/sim/scenario").get("current");
        JsonNode windows = SimJson.read(sim, "/sim/maintenance").get("windows");
        JsonNode rules = SimJson.read(sim, "/sim/faults");
        int events = SimJson.read(sim, "/sim/events").size();

        SimJson.Answer refused = SimJson.post(sim, "/sim/scenario", "{\"name\": \"" + name + "\"}");
        assertEquals(400, refused.status(), refused.body().toString());
        assertTrue(refused.isProblem());
        String file = fixtures.resolve("scenarios/" + name + ".yaml").toString();
        assertTrue(refused.detail().startsWith("scenario file " + file + ", " + message), refused.detail());

        assertEquals(scenario, SimJson.read(sim, "/sim/scenario").get("current"));
        assertEquals(windows, SimJson.read(sim, "/sim/maintenance").get("windows"));
        assertEquals(rules, SimJson.read(sim, "/sim/faults"));
        assertEquals(events, SimJson.read(sim, "/sim/events").size(), "no event either");
        assertTrue(SimJson.read(sim, "/sim/scenario").get("available").toString().contains(message),
                "the list says why the file cannot be loaded");
        sim.withToken("DELETE", "/sim/maintenance", null);
    }
}

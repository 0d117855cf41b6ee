package dev.upkisim.sim;

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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scenarios loaded with {@code POST /sim/scenario} (issue 5 item 5, SPEC 1.6): each sets the clock, the delays and the
 * quirks in one step (maintenance and faults: {@code ScenarioMaintenanceTest}, {@code ScenarioFaultsTest}); an unknown
 * name or a broken file changes nothing. The fixtures directory adds a scenario of its
 * own and a broken one to the built-in five.
 */
class ScenarioApiTest {
    @TempDir
    static Path data;
    @TempDir
    static Path fixtures;
    private static RunningSimulator sim;

    @BeforeAll
    static void start() throws Exception {
        TestFixtures.base(fixtures);
        Files.createDirectories(fixtures.resolve("scenarios"));
        Files.writeString(fixtures.resolve("scenarios/night-shift.yaml"), """
                description: {ja: 夜間の早回し, en: Night shift at sixty times speed}
                clock: {speed: 60, advance: P1D}
                quirks: {doubleSubmit: fixed}
                """);
        Files.writeString(fixtures.resolve("scenarios/broken.yaml"), """
                description: {ja: 壊れた見本, en: A broken sample}
                faults:
                  - {face: upki, failNext: 2}
                """);
        sim = RunningSimulator.start(Settings.forTests(data).with(SettingsCatalog.SIM_TOKEN, RunningSimulator.TOKEN)
                .with(SettingsCatalog.FIXTURES, fixtures));
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void theListShowsEveryScenarioWithItsDescriptionOrItsProblem() {
        JsonNode view = SimJson.read(sim, "/sim/scenario");
        assertTrue(view.get("current").get("name").isTextual(), view.toString());
        List<String> names = view.get("available").findValuesAsText("name");
        assertEquals(List.of("broken", "double-click", "instant", "maintenance-now", "night-shift", "realistic", "slow-day"),
                names);
        for (JsonNode scenario : view.get("available")) {
            if (scenario.get("name").asText().equals("broken")) {
                assertTrue(scenario.get("description").isNull());
                assertTrue(scenario.get("problem").asText().contains("broken.yaml, key faults[0]: unknown field \"face\" in a rule"),
                        scenario.toString());
            } else {
                assertTrue(scenario.get("problem").isNull(), scenario.toString());
                assertTrue(!scenario.get("description").get("ja").asText().isBlank());
                assertTrue(!scenario.get("description").get("en").asText().isBlank());
            }
        }
    }

    @ParameterizedTest(name = "{0}: nii-to-ca {1}, issue-button {2}, jupki-to-nii {3}, mail {4}")
    @CsvSource(delimiter = '|', value = {
            "realistic       | lognormal PT10M PT1H10M | lognormal PT3S PT25S | lognormal PT2M PT15M  | lognormal PT5S PT1M",
            "instant         | fixed PT0S              | fixed PT0S           | fixed PT0S            | fixed PT0S",
            "double-click    | fixed PT30S             | fixed PT8S           | fixed PT10S           | fixed PT2S",
            "maintenance-now | lognormal PT10M PT1H10M | lognormal PT3S PT25S | lognormal PT2M PT15M  | lognormal PT5S PT1M",
            "slow-day        | lognormal PT45M PT3H    | lognormal PT10S PT1M | lognormal PT15M PT1H  | lognormal PT1M PT15M"})
    void eachBuiltInScenarioSetsClockDelaysAndQuirksInOneStep(String name, String niiToCa, String issueButton,
                                                              String jupkiToNii, String mail) {
        SimJson.post(sim, "/sim/clock", "{\"speed\": 5, \"frozen\": true}");
        SimJson.post(sim, "/sim/quirks", "{\"doubleSubmit\": \"fixed\"}");
        SimJson.post(sim, "/sim/delays", "{\"stage\": \"revocation\", \"fixed\": \"PT1M\"}");

        SimJson.Answer loaded = SimJson.post(sim, "/sim/scenario", "{\"name\": \"" + name + "\"}");
        assertEquals(200, loaded.status(), loaded.body().toString());
        assertEquals(name, loaded.body().get("current").get("name").asText());
        assertEquals("/sim/scenario", loaded.body().get("current").get("by").asText());
        assertEquals(name, SimJson.read(sim, "/sim/scenario").get("current").get("name").asText());

        JsonNode stages = SimJson.read(sim, "/sim/delays").get("stages");
        assertEquals(niiToCa, stages.get(0).get("text").asText());
        assertEquals(issueButton, stages.get(2).get("text").asText());
        assertEquals(jupkiToNii, stages.get(3).get("text").asText());
        assertEquals(mail, stages.get(4).get("text").asText());
        for (JsonNode stage : stages) {
            assertEquals("scenario " + name, stage.get("source").asText(), "run-time changes are replaced: " + stage);
            assertEquals(false, stage.get("explicit").asBoolean());
        }
        assertEquals(List.of("faithful", "faithful", "faithful"),
                SimJson.read(sim, "/sim/quirks").get("quirks").findValuesAsText("state"));
        JsonNode clock = SimJson.read(sim, "/sim/clock");
        assertEquals(1.0, clock.get("speed").asDouble());
        assertEquals(false, clock.get("frozen").asBoolean());

        JsonNode events = SimJson.read(sim, "/sim/events?kind=scenario.loaded");
        String reason = events.get(events.size() - 1).get("reason").asText();
        assertTrue(reason.startsWith("scenario " + name + " loaded (by /sim/scenario): clock: speed 1, running; delays: nii-to-ca "
                + niiToCa), reason);
    }

    @Test
    void aProjectsOwnScenarioRunsTheClockFasterAndMovesItForward() {
        Instant before = Instant.parse(SimJson.read(sim, "/sim/clock").get("now").asText());
        assertEquals(200, SimJson.post(sim, "/sim/scenario", "{\"name\": \"night-shift\"}").status());
        JsonNode clock = SimJson.read(sim, "/sim/clock");
        assertEquals(60.0, clock.get("speed").asDouble());
        assertTrue(Instant.parse(clock.get("now").asText()).isAfter(before.plus(Duration.ofDays(1))), clock.toString());
        assertEquals("fixed", SimJson.read(sim, "/sim/quirks").get("quirks").get(0).get("state").asText());
        assertEquals(200, SimJson.post(sim, "/sim/scenario", "{\"name\": \"realistic\"}").status());
        assertEquals(1.0, SimJson.read(sim, "/sim/clock").get("speed").asDouble());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"name\": \"nope\"}           | 404 | unknown scenario 'nope'; available: broken, double-click, instant, maintenance-now, night-shift, realistic, slow-day",
            "{\"name\": \"../ca\"}          | 404 | unknown scenario '../ca'",
            "{\"name\": \"broken\"}         | 400 | broken.yaml, key faults[0]: unknown field \"face\" in a rule; allowed: match, trigger, action",
            "{}                             | 400 | name must be a scenario's name",
            "{\"name\": 3}                  | 400 | name must be a scenario's name",
            "{\"name\": \"instant\", \"now\": true} | 400 | unknown field 'now'; allowed: name",
            "[\"instant\"]                  | 400 | send a JSON object"})
    void anUnknownOrBrokenScenarioIsAProblemAndChangesNothing(String body, int status, String message) {
        SimJson.post(sim, "/sim/scenario", "{\"name\": \"double-click\"}");
        SimJson.post(sim, "/sim/quirks", "{\"pinBeforeCertificate\": \"fixed\"}");
        JsonNode scenario = SimJson.read(sim, "/sim/scenario").get("current");
        JsonNode delays = SimJson.read(sim, "/sim/delays");
        JsonNode quirks = SimJson.read(sim, "/sim/quirks");
        int events = SimJson.read(sim, "/sim/events").size();

        SimJson.Answer answer = SimJson.post(sim, "/sim/scenario", body);
        assertEquals(status, answer.status(), answer.body().toString());
        assertTrue(answer.isProblem());
        assertTrue(answer.detail().contains(message), answer.detail());

        assertEquals(scenario, SimJson.read(sim, "/sim/scenario").get("current"));
        assertEquals(delays, SimJson.read(sim, "/sim/delays"));
        assertEquals(quirks, SimJson.read(sim, "/sim/quirks"));
        assertEquals(events, SimJson.read(sim, "/sim/events").size(), "no event either");
    }
}

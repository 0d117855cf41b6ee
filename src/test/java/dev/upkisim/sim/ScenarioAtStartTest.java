package dev.upkisim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkisim.MainRunner;
import dev.upkisim.config.Settings;
import dev.upkisim.config.SettingsCatalog;
import dev.upkisim.core.DelayDistribution;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.SimJson;
import dev.upkisim.support.TestFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario chosen at start (SPEC 2 {@code --scenario}) and what a restart keeps (issue 5: controls persist). The
 * tests share one data directory, in order, as one run of restarts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScenarioAtStartTest {
    @TempDir
    static Path data;
    @TempDir
    static Path fixtures;

    private static Settings settings() {
        return Settings.forTests(data).with(SettingsCatalog.SIM_TOKEN, RunningSimulator.TOKEN)
                .with(SettingsCatalog.INSTANT, false);
    }

    @Test
    @Order(1)
    void anUnknownScenarioStopsTheStartWithExitCode2AndTheListAndABrokenOneWithExitCode1() throws Exception {
        MainRunner.Outcome unknown = MainRunner.run("--data", data.toString(), "--http-port", "0", "--https-port", "0",
                "--relying-party-port", "0", "--scenario", "nope");
        assertEquals(2, unknown.code(), unknown.err());
        assertTrue(unknown.err().contains("scenario = \"nope\" (flag --scenario): unknown scenario 'nope'; available:"
                + " double-click, instant, maintenance-now, realistic, slow-day"), unknown.err());

        TestFixtures.base(fixtures);
        Files.createDirectories(fixtures.resolve("scenarios"));
        Files.writeString(fixtures.resolve("scenarios/broken.yaml"), "description: {ja: 壊れ, en: broken}\nclock: {speed: 0}\n");
        MainRunner.Outcome broken = MainRunner.run("--data", data.toString(), "--http-port", "0", "--https-port", "0",
                "--relying-party-port", "0", "--fixtures", fixtures.toString(), "--scenario", "broken");
        assertEquals(1, broken.code(), broken.err());
        assertTrue(broken.err().contains("cannot start: scenario file " + fixtures.resolve("scenarios/broken.yaml")
                + ", key clock.speed: must be a number above 0"), broken.err());
    }

    @Test
    @Order(2)
    void theScenarioGivenAtStartIsLoaded() {
        try (RunningSimulator sim = RunningSimulator.start(settings().with(SettingsCatalog.SCENARIO, "instant"))) {
            JsonNode current = SimJson.read(sim, "/sim/scenario").get("current");
            assertEquals("instant", current.get("name").asText());
            assertEquals("setting scenario", current.get("by").asText());
            assertEquals(List.of("fixed PT0S", "fixed PT0S", "fixed PT0S", "fixed PT0S", "fixed PT0S"),
                    SimJson.read(sim, "/sim/delays").get("stages").findValuesAsText("text"));
            assertTrue(SimJson.read(sim, "/sim/events?kind=scenario.loaded").get(0).get("reason").asText()
                    .startsWith("scenario instant loaded (by setting scenario)"));

            SimJson.post(sim, "/sim/scenario", "{\"name\": \"double-click\"}");
            SimJson.post(sim, "/sim/delays", "{\"stage\": \"nii-to-ca\", \"fixed\": \"PT7M\"}");
            SimJson.post(sim, "/sim/quirks", "{\"certificateUrlUsedAtStep1\": \"fixed\"}");
        }
    }

    @Test
    @Order(3)
    void aRestartWithoutAScenarioKeepsTheChosenOneAndEveryRunTimeChange() {
        try (RunningSimulator sim = RunningSimulator.start(settings())) {
            assertEquals("double-click", SimJson.read(sim, "/sim/scenario").get("current").get("name").asText());
            JsonNode stages = SimJson.read(sim, "/sim/delays").get("stages");
            assertEquals("fixed PT7M", stages.get(0).get("text").asText());
            assertEquals("/sim/delays", stages.get(0).get("source").asText());
            assertTrue(stages.get(0).get("explicit").asBoolean());
            assertEquals("fixed PT8S", stages.get(2).get("text").asText(), "the double-click scenario's");
            assertEquals(List.of("faithful", "faithful", "fixed"),
                    SimJson.read(sim, "/sim/quirks").get("quirks").findValuesAsText("state"));
            assertEquals(2, SimJson.read(sim, "/sim/events?kind=scenario.loaded").size(), "not loaded again");
        }
    }

    @Test
    @Order(4)
    void delayAndQuirkSettingsApplyOnTopAtStart() {
        try (RunningSimulator sim = RunningSimulator.start(settings()
                .with(SettingsCatalog.DELAY_ISSUE_BUTTON, new DelayDistribution.Fixed(Duration.ofSeconds(2)))
                .with(SettingsCatalog.QUIRK_DOUBLE_SUBMIT, "fixed"))) {
            JsonNode issueButton = SimJson.read(sim, "/sim/delays").get("stages").get(2);
            assertEquals("fixed PT2S", issueButton.get("text").asText());
            assertEquals("setting delays.issueButton", issueButton.get("source").asText());
            assertEquals("fixed", SimJson.read(sim, "/sim/quirks").get("quirks").get(0).get("state").asText());
            List<String> reasons = SimJson.read(sim, "/sim/events?face=sim").findValuesAsText("reason");
            assertTrue(reasons.contains("the issue-button delay is now fixed PT2S (was fixed PT8S; set by setting"
                    + " delays.issueButton)"), reasons.toString());
            assertTrue(reasons.contains("quirk doubleSubmit is now fixed (was faithful; set by setting"
                    + " quirks.doubleSubmit)"), reasons.toString());
        }
    }

    @Test
    @Order(5)
    void aScenarioGivenAtARestartReplacesWhatWasKept() {
        try (RunningSimulator sim = RunningSimulator.start(settings().with(SettingsCatalog.SCENARIO, "realistic"))) {
            assertEquals("realistic", SimJson.read(sim, "/sim/scenario").get("current").get("name").asText());
            assertEquals(List.of("lognormal PT10M PT1H10M", "lognormal PT10M PT1H", "lognormal PT3S PT25S",
                            "lognormal PT2M PT15M", "lognormal PT5S PT1M"),
                    SimJson.read(sim, "/sim/delays").get("stages").findValuesAsText("text"));
            assertEquals(List.of("faithful", "faithful", "faithful"),
                    SimJson.read(sim, "/sim/quirks").get("quirks").findValuesAsText("state"));
        }
    }
}

package dev.upkisim.workflow.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scenario files shipped in fixtures/scenarios (issue 5 item 5) and how a project's own are found. */
class BuiltInScenariosTest {
    private static final Path PROJECT_FIXTURES = Path.of("fixtures");

    @Test
    void theFiveScenariosOfTheIssueAreBuiltInAndEveryShippedFileIsValid() throws Exception {
        ScenarioFiles builtIn = new ScenarioFiles(null);
        assertTrue(builtIn.names().containsAll(List.of("realistic", "instant", "double-click", "maintenance-now", "slow-day")),
                builtIn.names().toString());
        try (var files = Files.list(PROJECT_FIXTURES.resolve("scenarios"))) {
            assertEquals(files.map(file -> file.getFileName().toString().replace(".yaml", "")).sorted().toList(),
                    builtIn.names(), "the jar's copy lists what the project has");
        }
        for (String name : builtIn.names()) {
            ScenarioFiles.ScenarioText text = builtIn.read(name).orElseThrow();
            Scenario scenario = Scenario.parse(name, text.file(), text.yaml(), ScenarioParsingTest.sections());
            assertTrue(text.file().startsWith("built-in fixtures/scenarios/"), text.file());
            assertTrue(!scenario.description().ja().isBlank() && !scenario.description().en().isBlank());
        }
    }

    @ParameterizedTest(name = "{0}: {1}; {2}")
    @CsvSource(delimiter = '|', value = {
            "realistic       | maintenance: none added                        | faults: none",
            "instant         | maintenance: none added                        | faults: none",
            "double-click    | maintenance: none added                        | faults: none",
            "maintenance-now | maintenance: scenario-1 upki from now for PT2H | faults: none",
            "slow-day        | maintenance: none added                        | faults: rule 1 (stage nii-to-ca: the next time, fail"})
    void eachBuiltInScenarioSetsTheMaintenanceAndFaultsItsDescriptionPromises(String name, String maintenance,
                                                                               String faults) {
        ScenarioFiles.ScenarioText text = new ScenarioFiles(null).read(name).orElseThrow();
        Scenario scenario = Scenario.parse(name, text.file(), text.yaml(), ScenarioParsingTest.sections());
        assertEquals(maintenance, scenario.changes().get(3).change().summary());
        assertTrue(scenario.changes().get(4).change().summary().startsWith(faults), scenario.summary());
        if (name.equals("slow-day")) {
            assertTrue(scenario.summary().contains("rule 2 (stage mail-delivery: the next 2 times, fail the attempt"),
                    scenario.summary());
        }
    }

    @Test
    void theReadmesExampleScenarioIsValid() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("### Scenarios and reset");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        String yaml = readme.substring(start, readme.indexOf("```", start));
        Scenario example = Scenario.parse("example", "README.md", yaml, ScenarioParsingTest.sections());
        assertTrue(example.summary().contains("maintenance: scenario-1 upki from now for PT2H"), example.summary());
        assertTrue(example.summary().contains("faults: rule 1 (stage nii-to-ca"), example.summary());
    }

    @Test
    void realisticIsExactlyTheBuiltInProfile() {
        ScenarioFiles.ScenarioText text = new ScenarioFiles(null).read("realistic").orElseThrow();
        assertEquals(Scenario.parse("other", "x", "description: {ja: 既定, en: default}", ScenarioParsingTest.sections())
                .summary(), Scenario.parse("realistic", text.file(), text.yaml(), ScenarioParsingTest.sections()).summary());
    }

    @Test
    void aFixturesDirectorysScenarioAddsToTheBuiltInOnesAndReplacesOneOfTheSameName(@TempDir Path fixtures) throws Exception {
        Files.createDirectories(fixtures.resolve("scenarios"));
        Files.writeString(fixtures.resolve("scenarios/instant.yaml"), "description: {ja: 独自, en: our own}\n");
        Files.writeString(fixtures.resolve("scenarios/night-shift.yaml"), "description: {ja: 夜間, en: night}\n");
        Files.writeString(fixtures.resolve("scenarios/README.md"), "not a scenario");
        ScenarioFiles files = new ScenarioFiles(fixtures);
        assertTrue(files.names().containsAll(List.of("instant", "night-shift", "realistic")), files.names().toString());
        assertTrue(files.read("instant").orElseThrow().yaml().contains("our own"));
        assertEquals(fixtures.resolve("scenarios/instant.yaml").toString(), files.read("instant").orElseThrow().file());
        assertTrue(files.read("realistic").orElseThrow().file().startsWith("built-in"));
        assertTrue(new ScenarioFiles(fixtures.resolve("nowhere")).read("realistic").isPresent(), "no scenarios/: built-in");
    }

    @Test
    void aNameThatCouldLeaveTheDirectoryIsNoScenario() {
        ScenarioFiles files = new ScenarioFiles(PROJECT_FIXTURES);
        assertEquals(java.util.Optional.empty(), files.read("../ca"));
        assertEquals(java.util.Optional.empty(), files.read("Realistic"));
        assertEquals(java.util.Optional.empty(), files.read("no-such-scenario"));
    }
}

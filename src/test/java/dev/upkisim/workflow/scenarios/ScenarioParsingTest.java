package dev.upkisim.workflow.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.workflow.faults.FaultRuleParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading a scenario file (issue 5 item 5): what it sets, and errors that name the file and the key. */
class ScenarioParsingTest {
    private static final String FILE = "fixtures/scenarios/demo.yaml";
    private static final String DESCRIPTION = "description: {ja: 見本, en: Sample}\n";

    /** Every section, as the composition root registers them; validating touches none of their collaborators. */
    static ScenarioSections sections() {
        return new ScenarioSections().register(new ClockSection(null)).register(new DelaysSection(null))
                .register(new QuirksSection(null)).register(new MaintenanceSection(null))
                .register(new FaultsSection(new FaultRuleParser(id -> id.equals("example-u"), id -> id.equals("shiken.taro")),
                        null));
    }

    private static Scenario parse(String yaml) {
        return Scenario.parse("demo", FILE, yaml, sections());
    }

    @Test
    void aFileSetsWhatItSaysAndLeavesTheRestAtTheirDefaults() {
        Scenario scenario = parse(DESCRIPTION + """
                clock: {speed: 60, advance: P1D}
                delays:
                  niiToCa: fixed PT5M
                quirks:
                  doubleSubmit: fixed
                """);
        assertEquals("Sample", scenario.description().en());
        assertEquals(List.of("clock", "delays", "quirks", "maintenance", "faults"),
                scenario.changes().stream().map(Scenario.Applied::section).toList());
        assertEquals("clock: speed 60, running, advanced P1D; "
                + "delays: nii-to-ca fixed PT5M, revocation lognormal PT10M PT1H, issue-button lognormal PT3S PT25S, "
                + "jupki-to-nii lognormal PT2M PT15M, mail lognormal PT5S PT1M; "
                + "quirks: doubleSubmit fixed, pinBeforeCertificate faithful, certificateUrlUsedAtStep1 faithful; "
                + "maintenance: none added; faults: none",
                scenario.summary());
    }

    @Test
    void aFileWithOnlyADescriptionIsTheRealisticDefaultsAtRealSpeed() {
        assertEquals("clock: speed 1, running; "
                + "delays: nii-to-ca lognormal PT10M PT1H10M, revocation lognormal PT10M PT1H, issue-button lognormal PT3S PT25S, "
                + "jupki-to-nii lognormal PT2M PT15M, mail lognormal PT5S PT1M; "
                + "quirks: doubleSubmit faithful, pinBeforeCertificate faithful, certificateUrlUsedAtStep1 faithful; "
                + "maintenance: none added; faults: none",
                parse(DESCRIPTION).summary());
    }

    @Test
    void maintenanceWindowsAndFaultRulesAreWrittenAsForTheApi() {
        Scenario scenario = parse(DESCRIPTION + """
                maintenance:
                  - {face: upki, duration: PT2H, title: {ja: 臨時作業, en: Unscheduled work}}
                  - {id: portal-night, face: jupki, start: 2030-01-05T00:00:00Z, end: 2030-01-05T01:00:00Z}
                  - {face: repo, every: {nth: 3, weekday: SATURDAY}, from: "09:00", to: "18:00"}
                faults:
                  - match: {stage: nii-to-ca, institution: example-u}
                    trigger: {type: next, count: 1}
                    action: {type: fail, message: CA busy}
                  - {match: {face: jupki, user: shiken.taro}, action: {type: status, status: 503}}
                """);
        String summary = scenario.summary();
        assertTrue(summary.endsWith("; maintenance: scenario-1 upki from now for PT2H, portal-night jupki"
                + " 2030-01-05T00:00:00Z to 2030-01-05T01:00:00Z, scenario-3 repo every 3rd Saturday, 09:00–18:00"
                + " (Asia/Tokyo); faults: rule 1 (stage nii-to-ca, institution example-u: the next time, fail the attempt"
                + " (CA busy)), rule 2 (face jupki, user shiken.taro: always, answer HTTP 503 with the face's own error"
                + " page)"), summary);
        assertEquals("faults: none", parse(DESCRIPTION + "faults: []").changes().get(4).change().summary(),
                "an empty list is none");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an unknown section         | alarms: []                          | key alarms: unknown section; known: clock, delays, description, faults, maintenance, quirks",
            "maintenance not a list     | maintenance: {face: upki}           | key maintenance: must be a list of maintenance windows",
            "a window not a map         | maintenance: [upki]                 | key maintenance[0]: must be a maintenance window written as a map",
            "a window's unknown field   | maintenance: [{face: upki, length: PT1H}] | key maintenance[0]: unknown field 'length'",
            "a window's face            | maintenance: [{face: nii, duration: PT1H}] | key maintenance[0]: face 'nii' is not one of jupki, upki, acme, repo",
            "a window's duration        | maintenance: [{face: upki, duration: soon}] | key maintenance[0]: duration 'soon' is not an ISO-8601 duration",
            "a second window's id       | maintenance: [{face: upki, duration: PT1H}, {id: scenario-1, face: acme, duration: PT1H}] | key maintenance[1]: id 'scenario-1' is used by another window of this file",
            "faults not a list          | faults: {match: {stage: nii-to-ca}} | key faults: must be a list of fault rules",
            "a rule's unknown field     | faults: [{face: upki, failNext: 2}] | key faults[0]: unknown field \"face\" in a rule; allowed: match, trigger, action",
            "a rule's stage             | faults: [{match: {stage: ca}, action: {type: fail}}] | key faults[0]: match.stage: unknown stage \"ca\"",
            "a rule's trigger           | faults: [{match: {stage: nii-to-ca}, trigger: {type: next}, action: {type: fail}}] | key faults[0]: trigger",
            "a rule's unknown user      | faults: [{match: {face: jupki, user: nobody}, action: {type: reset}}] | key faults[0]: match.user: no user \"nobody\" in the fixtures",
            "a typo in a stage          | delays: {niiToCA: PT1M}             | key delays.niiToCA: unknown key; allowed: issueButton, jupkiToNii, mail, niiToCa, revocation",
            "a delay that is not one    | delays: {niiToCa: fixed soon}       | key delays.niiToCa: 'soon' is not an ISO-8601 duration",
            "a 「発行」 delay too long  | delays: {issueButton: fixed PT6M}   | key delays.issueButton: 'fixed PT6M' goes beyond PT5M",
            "delays not a map           | delays: fixed PT0S                  | key delays: must be a map with any of",
            "an unknown quirk           | quirks: {tripleSubmit: fixed}       | key quirks.tripleSubmit: unknown key; allowed: certificateUrlUsedAtStep1, doubleSubmit, pinBeforeCertificate",
            "a quirk state              | quirks: {doubleSubmit: broken}      | key quirks.doubleSubmit: 'broken' is not a quirk state; allowed: faithful or fixed",
            "a speed of zero            | clock: {speed: 0}                   | key clock.speed: must be a number above 0",
            "a speed in words           | clock: {speed: fast}                | key clock.speed: must be a number above 0",
            "frozen in words            | clock: {frozen: maybe}              | key clock.frozen: must be true or false",
            "going back in time         | clock: {advance: -P1D}              | key clock.advance: must not be negative",
            "an advance that is not one | clock: {advance: soon}              | key clock.advance: 'soon' is not an ISO-8601 duration",
            "an unknown clock key       | clock: {rate: 2}                    | key clock.rate: unknown key; allowed: advance, frozen, speed"})
    void aWrongSectionIsRefusedNamingTheFileAndTheKey(String what, String yaml, String message) {
        InvalidScenarioException error = assertThrows(InvalidScenarioException.class, () -> parse(DESCRIPTION + yaml));
        assertTrue(error.getMessage().startsWith("scenario file " + FILE + ", " + message), error.getMessage());
        assertEquals(FILE, error.file());
    }

    @Test
    void theDescriptionIsRequiredInBothLanguages() {
        assertTrue(assertThrows(InvalidScenarioException.class, () -> parse("clock: {speed: 1}")).getMessage()
                .endsWith("key description: missing; give the scenario a description with ja and en"));
        assertTrue(assertThrows(InvalidScenarioException.class, () -> parse("description: {ja: 見本}")).getMessage()
                .endsWith("key description: needs both ja and en"));
    }

    @Test
    void aFileThatIsNotAYamlMapSaysSoWithTheLine() {
        InvalidScenarioException syntax = assertThrows(InvalidScenarioException.class,
                () -> parse(DESCRIPTION + "delays: {niiToCa: [\n"));
        assertTrue(syntax.getMessage().startsWith("scenario file " + FILE + ": not valid YAML"), syntax.getMessage());
        assertTrue(syntax.getMessage().contains("(line "), syntax.getMessage());
        assertEquals("scenario file " + FILE + ": must be a map with a description and any of: clock, delays, quirks,"
                + " maintenance, faults",
                assertThrows(InvalidScenarioException.class, () -> parse("- a list")).getMessage());
    }

    @Test
    void aSectionCanBeRegisteredOnlyOnce() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> sections().register(new QuirksSection(null)));
        assertEquals("a scenario section 'quirks' is already registered", error.getMessage());
    }
}

package dev.upkisim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkisim.config.Settings;
import dev.upkisim.config.SettingsCatalog;
import dev.upkisim.core.DelayDistribution;
import dev.upkisim.support.NiiJourney;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.SimJson;
import dev.upkisim.support.StoredRows;
import dev.upkisim.support.TsvRows;
import dev.upkisim.workflow.Delays;
import dev.upkisim.workflow.Delays.Stage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The processing delays changed at run time (issue 5 item 2, SPEC 1.6): {@code /sim/delays} shows and sets them, and
 * the next application's processing is due exactly when the seeded draw from the new distribution says — on a frozen
 * clock, so nothing depends on how fast the machine is.
 */
class DelayControlsTest {
    private static final long SEED = 7;
    @TempDir
    static Path data;
    private static RunningSimulator sim;
    private static NiiJourney journey;
    private static StoredRows stored;

    @BeforeAll
    static void start() {
        sim = RunningSimulator.start(Settings.forTests(data).with(SettingsCatalog.SIM_TOKEN, RunningSimulator.TOKEN)
                .with(SettingsCatalog.INSTANT, false).with(SettingsCatalog.SEED, SEED));
        journey = new NiiJourney(sim, "example-u");
        stored = new StoredRows(data);
        SimJson.post(sim, "/sim/clock", "{\"frozen\": true}");
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void theDelaysStartAsTheRealisticScenarioSaysWithTheSeed() {
        JsonNode view = SimJson.read(sim, "/sim/delays");
        assertEquals(SEED, view.get("seed").asLong());
        assertEquals(false, view.get("instant").asBoolean());
        assertEquals("nii-to-ca", view.get("stages").get(0).get("stage").asText());
        JsonNode revocation = view.get("stages").get(1); // the tests here change only nii-to-ca
        assertEquals("revocation", revocation.get("stage").asText());
        assertEquals("delays.revocation", revocation.get("setting").asText());
        assertEquals("lognormal PT10M PT1H", revocation.get("text").asText());
        assertEquals("scenario realistic", revocation.get("source").asText());
        assertEquals(false, revocation.get("explicit").asBoolean());
        assertEquals(5, view.get("stages").size());
    }

    @Test
    void aLogNormalSetAtRunTimeDecidesTheNextApplicationsDueTimeReproduciblyFromTheSeed() {
        JsonNode view = SimJson.post(sim, "/sim/delays",
                "{\"stage\": \"nii-to-ca\", \"logNormal\": {\"median\": \"PT20M\", \"p95\": \"PT2H\"}}").body();
        JsonNode niiToCa = view.get("stages").get(0);
        assertEquals("{\"logNormal\":{\"median\":\"PT20M\",\"p95\":\"PT2H\"}}", niiToCa.get("distribution").toString());
        assertEquals("lognormal PT20M PT2H", niiToCa.get("text").asText());
        assertEquals("/sim/delays", niiToCa.get("source").asText());
        assertTrue(niiToCa.get("explicit").asBoolean());

        StoredRows.StoredApplication application = upload("LOGNORMAL DELAY", "s2609001", "lognormal.delay@example.ac.jp");
        Delays expected = new Delays(SEED, false, Delays.profile(Map.of(
                Stage.NII_TO_CA, DelayDistribution.parse("lognormal PT20M PT2H"),
                Stage.REVOCATION, Delays.REALISTIC.get(Stage.REVOCATION),
                Stage.ISSUE_BUTTON, Delays.REALISTIC.get(Stage.ISSUE_BUTTON),
                Stage.JUPKI_TO_NII, Delays.REALISTIC.get(Stage.JUPKI_TO_NII),
                Stage.MAIL, Delays.REALISTIC.get(Stage.MAIL)), "test", true));
        Duration drawn = Duration.between(application.createdAt(), application.processingDueAt());
        assertEquals(expected.draw(Stage.NII_TO_CA, application.id()), drawn);
        assertNotEquals(Delays.realistic(SEED, false).draw(Stage.NII_TO_CA, application.id()), drawn,
                "not what the realistic profile would have drawn");

        JsonNode event = lastEvent("delays.changed");
        assertEquals("sim", event.get("face").asText());
        assertTrue(event.get("reason").asText().contains("the nii-to-ca delay is now lognormal PT20M PT2H"), event.toString());

        SimJson.post(sim, "/sim/clock", "{\"advance\": \"" + drawn + "\"}");
        journey.outbox().await("lognormal.delay@example.ac.jp", "発行受付通知");
    }

    @Test
    void aFixedDelayIsDueExactlyThenAndTheMailComesWhenTheClockGetsThere() {
        SimJson.post(sim, "/sim/delays", "{\"stage\": \"nii-to-ca\", \"fixed\": \"PT5M\"}");
        StoredRows.StoredApplication application = upload("FIXED DELAY", "s2609002", "fixed.delay@example.ac.jp");
        assertEquals(Duration.ofMinutes(5), Duration.between(application.createdAt(), application.processingDueAt()));
        assertEquals("RECEIVED", application.state());
        SimJson.post(sim, "/sim/clock", "{\"advance\": \"PT5M\"}");
        journey.outbox().await("fixed.delay@example.ac.jp", "発行受付通知");
    }

    @ParameterizedTest(name = "{0} → 400 saying {1}")
    @CsvSource(delimiter = '|', value = {
            "''                                                              | send a JSON object",
            "{\"fixed\": \"PT5M\"}                                           | stage must be one of nii-to-ca, revocation, issue-button, jupki-to-nii, mail",
            "{\"stage\": \"mail-delivery\", \"fixed\": \"PT5M\"}             | unknown stage 'mail-delivery'; allowed: nii-to-ca, revocation, issue-button, jupki-to-nii, mail",
            "{\"stage\": \"nii-to-ca\"}                                      | give exactly one of fixed",
            "{\"stage\": \"nii-to-ca\", \"fixed\": \"PT1M\", \"uniform\": {}} | give exactly one of fixed",
            "{\"stage\": \"nii-to-ca\", \"fixed\": 300}                      | fixed must be an ISO-8601 duration string",
            "{\"stage\": \"nii-to-ca\", \"fixed\": \"-PT1M\"}                | fixed must not be negative",
            "{\"stage\": \"nii-to-ca\", \"uniform\": {\"min\": \"PT9M\", \"max\": \"PT1M\"}} | nii-to-ca: uniform delay: max PT1M is below min PT9M",
            "{\"stage\": \"nii-to-ca\", \"uniform\": {\"min\": \"PT1M\"}}    | max must be an ISO-8601 duration string",
            "{\"stage\": \"nii-to-ca\", \"logNormal\": {\"median\": \"PT1M\", \"p99\": \"PT9M\"}} | unknown field 'p99'",
            "{\"stage\": \"issue-button\", \"fixed\": \"PT10M\"}             | issue-button: 'fixed PT10M' goes beyond PT5M",
            "{\"stage\": \"nii-to-ca\", \"fixed\": \"PT1M\", \"when\": 1}    | unknown field 'when'"})
    void aBadDelayChangeIsRefusedAsAProblemAndChangesNothing(String body, String message) {
        JsonNode before = SimJson.read(sim, "/sim/delays");
        SimJson.Answer answer = SimJson.post(sim, "/sim/delays", body);
        assertEquals(400, answer.status(), answer.body().toString());
        assertTrue(answer.isProblem());
        assertTrue(answer.detail().contains(message), answer.detail());
        assertEquals(before, SimJson.read(sim, "/sim/delays"));
    }

    private static StoredRows.StoredApplication upload(String name, String id, String email) {
        long before = stored.latestApplication().map(StoredRows.StoredApplication::id).orElse(0L);
        journey.upload("1", "1", new TsvRows().issue(TsvRows.clientDn(name, id), 5, 1, "遅延 確認", email).bytes());
        StoredRows.StoredApplication application = stored.latestApplication().orElseThrow();
        assertTrue(application.id() > before, "a new application");
        return application;
    }

    private static JsonNode lastEvent(String kind) {
        JsonNode events = SimJson.read(sim, "/sim/events?kind=" + kind);
        assertTrue(events.size() > 0, "a " + kind + " event");
        return events.get(events.size() - 1);
    }
}

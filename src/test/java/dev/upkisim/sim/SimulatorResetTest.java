package dev.upkisim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkisim.config.Settings;
import dev.upkisim.config.SettingsCatalog;
import dev.upkisim.support.Crls;
import dev.upkisim.support.Eventually;
import dev.upkisim.support.IssuedClient;
import dev.upkisim.support.NiiJourney;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.SimJson;
import dev.upkisim.support.StoredRows;
import dev.upkisim.support.TestFixtures;
import dev.upkisim.support.TsvRows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /sim/reset} (issue 5 item 5): a clean state — applications, certificates, one-time URLs, jobs, mail and
 * events gone, the fixtures reloaded, the controls back to the scenario's, the CRLs republished empty — while the CA
 * hierarchy and the RA credentials stay; a new CA hierarchy is refused, and so is a reset with unreadable fixtures.
 */
class SimulatorResetTest {
    @TempDir
    static Path data;
    @TempDir
    static Path fixtures;
    private static RunningSimulator sim;
    private static NiiJourney journey;
    private static StoredRows stored;

    @BeforeAll
    static void start() throws Exception {
        TestFixtures.base(fixtures);
        sim = RunningSimulator.start(Settings.forTests(data).with(SettingsCatalog.SIM_TOKEN, RunningSimulator.TOKEN)
                .with(SettingsCatalog.FIXTURES, fixtures).with(SettingsCatalog.MAINTENANCE_FIXTURE_WINDOWS, true));
        journey = new NiiJourney(sim, "example-u");
        stored = new StoredRows(data);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void aResetClearsWhatHappenedKeepsTheCaHierarchyAndPutsTheScenarioBack() {
        JsonNode caBefore = SimJson.read(sim, "/repo/ca.json");
        IssuedClient revoked = IssuedClient.issue(journey, "RESET REVOKED", "s2612001", "reset.revoked@example.ac.jp");
        revoked.revoke(journey, 1);
        X509CRL listing = Eventually.await("a CRL listing the revoked certificate", () -> Optional.of(Crls.current(sim, "client"))
                .filter(crl -> crl.getRevokedCertificate(revoked.serial()) != null));
        SimJson.post(sim, "/sim/delays", "{\"stage\": \"nii-to-ca\", \"fixed\": \"PT1H\"}");
        SimJson.post(sim, "/sim/quirks", "{\"doubleSubmit\": \"fixed\"}");
        assertEquals(201, SimJson.post(sim, "/sim/maintenance", "{\"face\": \"acme\", \"duration\": \"PT1H\"}").status());
        journey.upload("1", "1", new TsvRows().issue(TsvRows.clientDn("RESET PENDING", "s2612002"), 5, 1, "保留 中",
                "reset.pending@example.ac.jp").bytes());
        long lastApplication = stored.latestApplication().orElseThrow().id();
        int mails = SimJson.read(sim, "/sim/mail").size();

        SimJson.Answer refused = SimJson.post(sim, "/sim/reset", "{\"ca\": true}");
        assertEquals(409, refused.status(), refused.body().toString());
        assertTrue(refused.isProblem());
        assertEquals("urn:upki-sim:problem:ca-regeneration-refused", refused.body().get("type").asText());
        assertTrue(refused.detail().contains("fresh data directory"), refused.detail());
        assertEquals(mails, SimJson.read(sim, "/sim/mail").size(), "the refusal changed nothing");

        SimJson.Answer reset = SimJson.post(sim, "/sim/reset", "");
        assertEquals(200, reset.status(), reset.body().toString());
        assertEquals("realistic", reset.body().get("scenario").asText());
        assertEquals(3, reset.body().get("deleted").get("applications").asInt(), reset.body().toString());
        assertEquals(1, reset.body().get("deleted").get("certificates").asInt());
        assertEquals(mails, reset.body().get("deleted").get("mails").asInt());
        assertTrue(reset.body().get("kept").toString().contains("CA hierarchy"));

        JsonNode events = SimJson.read(sim, "/sim/events");
        assertEquals("sim.reset", events.get(0).get("kind").asText(), "the timeline starts again with the reset");
        for (int i = 1; i < events.size(); i++) { // what the reset did: empty CRLs, the acme window's early end
            assertTrue(List.of("crl.published", "maintenance.ended").contains(events.get(i).get("kind").asText()),
                    events.toString());
        }
        assertTrue(events.get(0).get("reason").asText().contains("scenario realistic re-applied"), events.toString());
        assertEquals(0, SimJson.read(sim, "/sim/mail").size());
        for (String table : List.of("application", "upload", "certificate", "one_time_url", "mail", "mail_delivery")) {
            assertEquals(0, stored.count(table), table);
        }
        assertEquals(0, stored.number("SELECT COUNT(*) FROM job WHERE kind = 'process-application'"), "no job resurrects");
        String list = new String(journey.ra().getBytes(NiiJourney.LRA + "/syomeiDL_S_Cli.do").body(), TsvRows.CP932);
        assertEquals(1, list.split("\r\n").length, "the RA's list has only its header:\n" + list);

        assertEquals(caBefore, SimJson.read(sim, "/repo/ca.json"), "the same CA hierarchy, the same fingerprints");
        X509CRL empty = Crls.current(sim, "client");
        assertNull(empty.getRevokedCertificates(), "republished empty");
        assertTrue(Crls.number(empty).compareTo(Crls.number(listing)) > 0, "CRL numbers only grow");
        assertEquals(List.of("faithful", "faithful", "faithful"),
                SimJson.read(sim, "/sim/quirks").get("quirks").findValuesAsText("state"));
        JsonNode niiToCa = SimJson.read(sim, "/sim/delays").get("stages").get(0);
        assertEquals("scenario realistic", niiToCa.get("source").asText());
        assertEquals(List.of(), SimJson.read(sim, "/sim/maintenance").get("windows").findValuesAsText("id"),
                "the window added at run time is gone");

        SimJson.post(sim, "/sim/clock", "{\"advance\": \"PT2H\"}");
        IssuedClient after = IssuedClient.issue(journey, "AFTER RESET", "s2612003", "after.reset@example.ac.jp");
        assertTrue(after.serial().signum() > 0, "the RA credential still works and issuance goes on");
        assertTrue(stored.latestApplication().orElseThrow().id() > lastApplication, "ids are never reused");
        assertTrue(journey.outbox().all().stream().noneMatch(mail -> mail.to().contains("reset.pending@example.ac.jp")),
                "the pending application's job went with it");
    }

    @Test
    void aResetReloadsTheFixturesAndRefusesWhenTheyCannotBeRead() throws Exception {
        Path institutions = fixtures.resolve("institutions.yaml");
        String original = Files.readString(institutions);
        assertEquals(404, sim.withToken("GET", "/sim/ra/sample-c/credentials.pem", null).statusCode());
        try {
            Files.writeString(institutions, "institutions: [");
            SimJson.Answer refused = SimJson.post(sim, "/sim/reset", "{}");
            assertEquals(409, refused.status(), refused.body().toString());
            assertTrue(refused.detail().startsWith("nothing was reset: fixtures " + institutions + ": not valid YAML"),
                    refused.detail());

            Files.writeString(fixtures.resolve("maintenance.yaml"), """
                    maintenance:
                      - {id: reloaded-window, face: repo, start: 2030-01-05T00:00:00Z, end: 2030-01-05T01:00:00Z}
                    """);
            Files.writeString(institutions, original + """
                  - id: sample-c
                    name: {ja: 見本短期大学, en: Sample College}
                    dnBase: "O=Sample College, L=Sample-shi, C=JP"
                    domains: [sample.ac.jp]
                    raContact: {name: {ja: 見本短大 登録担当, en: Sample College RA}, email: ra@sample.ac.jp}
                """);
            assertEquals(200, SimJson.post(sim, "/sim/reset", "{}").status());
            assertEquals(200, sim.withToken("GET", "/sim/ra/sample-c/credentials.pem", null).statusCode(),
                    "the reloaded fixtures are in use");
            assertEquals(List.of("reloaded-window"), SimJson.read(sim, "/sim/maintenance").get("windows").findValuesAsText("id"),
                    "and their maintenance calendar");
        } finally {
            Files.writeString(institutions, original);
            Files.deleteIfExists(fixtures.resolve("maintenance.yaml"));
        }
    }

    @Test
    void aBadResetBodyIsRefused() {
        SimJson.Answer typo = SimJson.post(sim, "/sim/reset", "{\"cas\": true}");
        assertEquals(400, typo.status());
        assertTrue(typo.detail().contains("unknown field 'cas'; allowed: ca"), typo.detail());
        assertEquals(400, SimJson.post(sim, "/sim/reset", "{\"ca\": \"yes\"}").status());
    }
}

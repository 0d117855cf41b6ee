package dev.upkisim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.upkisim.config.Settings;
import dev.upkisim.config.SettingsCatalog;
import dev.upkisim.core.DelayDistribution;
import dev.upkisim.core.Institution;
import dev.upkisim.support.Csrs;
import dev.upkisim.support.Eventually;
import dev.upkisim.support.NiiJourney;
import dev.upkisim.support.Outbox;
import dev.upkisim.support.PortalClient;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.SmtpServer;
import dev.upkisim.support.SimJson;
import dev.upkisim.support.StoredRows;
import dev.upkisim.support.TsvRows;
import dev.upkisim.workflow.ServerCertificateApplication;
import dev.upkisim.workflow.UploadReport;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The J-UPKI → NII and mail stages of SPEC 1.6 end to end, on a frozen clock so nothing depends on the machine's
 * speed: a request made in the portal waits both its delays before the NII side processes it, the RA's own upload only
 * the NII side's, and a mail is in the outbox at once but reaches a real SMTP server (GreenMail) only when the simulated
 * clock passes the mail delay. {@code --instant} makes both zero.
 */
class PortalAndMailDelaysTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);
    @TempDir
    static Path data;
    @TempDir
    static Path files;
    private static RunningSimulator sim;
    private static StoredRows stored;

    @BeforeAll
    static void start() {
        sim = RunningSimulator.start(withSmtp(Settings.forTests(data)).with(SettingsCatalog.INSTANT, false)
                .with(SettingsCatalog.DELAY_JUPKI_TO_NII, DelayDistribution.parse("fixed PT3M"))
                .with(SettingsCatalog.DELAY_NII_TO_CA, DelayDistribution.parse("fixed PT5M"))
                .with(SettingsCatalog.DELAY_MAIL, DelayDistribution.parse("fixed PT1M")));
        stored = new StoredRows(data);
        SimJson.post(sim, "/sim/clock", "{\"frozen\": true}");
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void aMembersApplicationInThePortalIsProcessedExactlyAfterTheJupkiToNiiAndNiiToCaDelays() {
        applyInThePortal(sim, "mihon.hanako", "hanako-demo-2026");
        StoredRows.StoredApplication application = stored.latestApplication().orElseThrow();
        assertEquals(Duration.ofMinutes(8), Duration.between(application.createdAt(), application.processingDueAt()));
        assertEquals("RECEIVED", application.state());
        assertEquals("row 1 of the issue upload accepted from the J-UPKI portal; processed in PT8M (simulated): PT3M"
                + " until the NII side receives it (jupki-to-nii), then PT5M there (nii-to-ca)",
                receivedReason(sim, application.id()));

        advance("PT8M");
        new Outbox(sim).await("mihon.hanako@example.ac.jp", "発行受付通知");
    }

    @Test
    void aServerCertificateApplicationFromThePortalWaitsBothDelaysToo() {
        Institution institution = sim.simulator().fixtures().institution("example-u").orElseThrow();
        String csr = Csrs.rsa(files, 2048, "/CN=delayed.example.ac.jp").pem();
        UploadReport report = sim.simulator().uploads().applyForServerCertificate(institution,
                new ServerCertificateApplication(csr, "delayed.example.ac.jp", List.of(), "nginx 1.26", "管理 次郎",
                        "情報社会基盤研究センター", "kanri.jiro@example.ac.jp"));
        assertTrue(report.allOk(), report.toString());
        StoredRows.StoredApplication application = stored.latestApplication().orElseThrow();
        assertEquals(report.lines().get(0).applicationId(), application.id());
        assertEquals(Duration.ofMinutes(8), Duration.between(application.createdAt(), application.processingDueAt()));
    }

    @Test
    void theRasOwnUploadWaitsOnlyTheNiiSidesDelay() {
        new NiiJourney(sim, "example-u").upload("1", "1", new TsvRows()
                .issue(TsvRows.clientDn("RA ONLY", "s2614001"), 5, 1, "窓口 直接", "ra.only@example.ac.jp").bytes());
        StoredRows.StoredApplication application = stored.latestApplication().orElseThrow();
        assertEquals(Duration.ofMinutes(5), Duration.between(application.createdAt(), application.processingDueAt()));
        assertEquals("row 1 of the issue upload accepted; the NII side processes it in PT5M (simulated)",
                receivedReason(sim, application.id()));
    }

    @Test
    void aMailIsInTheOutboxAtOnceAndReachesTheSmtpServerOnlyWhenTheClockPassesTheMailDelay() {
        String email = "mail.delay@example.ac.jp";
        new NiiJourney(sim, "example-u").upload("1", "1", new TsvRows()
                .issue(TsvRows.clientDn("MAIL DELAY", "s2614002"), 5, 1, "郵便 遅延", email).bytes());
        advance("PT5M");
        Outbox.Mail mail = new Outbox(sim).await(email, "発行受付通知");

        Instant written = stored.instant("SELECT created_at FROM mail WHERE id = " + mail.id()).orElseThrow();
        Instant due = stored.instant("SELECT due_at FROM job WHERE kind = 'deliver-mail' AND subject_id = " + mail.id())
                .orElseThrow();
        assertEquals(Duration.ofMinutes(1), Duration.between(written, due));
        assertEquals("PENDING", delivery(mail.id()).get("state").asText());
        assertEquals(0, receivedBy(email), "the clock has not reached the mail delay");
        assertTrue(mailQueuedReason(mail.id()).endsWith(" queued for smtp, handed over in PT1M (simulated)"),
                mailQueuedReason(mail.id()));

        advance("PT1M");
        Eventually.await("the SMTP server to get the mail",
                () -> receivedBy(email) == 1 ? Optional.of(true) : Optional.empty());
        assertEquals("DELIVERED", Eventually.await("the delivery recorded", () -> Optional.of(
                delivery(mail.id()).get("state").asText()).filter("DELIVERED"::equals)));
    }

    @Test
    void instantMakesTheJupkiToNiiAndMailDelaysZero(@TempDir Path instantData) {
        try (RunningSimulator instant = RunningSimulator.start(withSmtp(Settings.forTests(instantData)))) {
            SimJson.post(instant, "/sim/clock", "{\"frozen\": true}");
            JsonNode stages = SimJson.read(instant, "/sim/delays").get("stages");
            assertTrue(stages.findValuesAsText("stage").containsAll(List.of("jupki-to-nii", "mail")), stages.toString());
            stages.forEach(stage -> assertTrue(stage.get("zeroedByInstant").asBoolean(), stage.toString()));

            applyInThePortal(instant, "shiken.taro", "taro-demo-2026");
            long id = new StoredRows(instantData).latestApplication().orElseThrow().id();
            assertEquals("row 1 of the issue upload accepted from the J-UPKI portal; processed in PT0S (simulated):"
                    + " PT0S until the NII side receives it (jupki-to-nii), then PT0S there (nii-to-ca)",
                    receivedReason(instant, id));
            Eventually.await("the mail at the SMTP server with the clock frozen", () ->
                    receivedBy("shiken.taro@example.ac.jp") > 0 ? Optional.of(true) : Optional.empty());
        }
    }

    private static Settings withSmtp(Settings settings) {
        return settings.with(SettingsCatalog.SIM_TOKEN, RunningSimulator.TOKEN)
                .with(SettingsCatalog.SMTP_HOST, "127.0.0.1")
                .with(SettingsCatalog.SMTP_PORT, SMTP.getSmtp().getPort());
    }

    private static void applyInThePortal(RunningSimulator on, String username, String password) {
        PortalClient member = PortalClient.loggedIn(on, username, password);
        PortalClient.Page confirm = member.submit(member.get("/jupki/apply"), "form#apply-form",
                Map.of("type", "client"));
        PortalClient.Page home = member.submit(confirm, "form#confirm-form", Map.of());
        assertTrue(home.document().select("#flash").text().contains("申請を受け付けました"), home.html());
    }

    private static void advance(String amount) {
        assertEquals(200, sim.withToken("POST", "/sim/clock", "{\"advance\": \"" + amount + "\"}").statusCode());
    }

    /** The application.received event's reason after "application N: ". */
    private static String receivedReason(RunningSimulator on, long applicationId) {
        JsonNode events = SimJson.read(on, "/sim/events?kind=application.received&application=" + applicationId);
        assertEquals(1, events.size(), events.toString());
        String reason = events.get(0).get("reason").asText();
        String prefix = "application " + applicationId + ": ";
        assertTrue(reason.startsWith(prefix), reason);
        return reason.substring(prefix.length());
    }

    private static String mailQueuedReason(long mailId) {
        JsonNode events = SimJson.read(sim, "/sim/events?kind=mail.queued");
        for (JsonNode event : events) {
            if (event.get("reason").asText().startsWith("mail " + mailId + " ")) {
                return event.get("reason").asText();
            }
        }
        throw new AssertionError("no mail.queued event for mail " + mailId + ": " + events);
    }

    private static JsonNode delivery(long mailId) {
        return new Outbox(sim).delivery(mailId);
    }

    private static long receivedBy(String email) {
        return SmtpServer.receivedBy(SMTP, email);
    }
}

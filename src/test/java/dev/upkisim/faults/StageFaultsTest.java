package dev.upkisim.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.upkisim.config.Settings;
import dev.upkisim.config.SettingsCatalog;
import dev.upkisim.support.Eventually;
import dev.upkisim.support.NiiJourney;
import dev.upkisim.support.Outbox;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.SmtpServer;
import dev.upkisim.support.TsvRows;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workflow-stage faults (issue 5 item 3): the failed attempt is retried by the stage's own back-off on the simulated
 * clock — moved with {@code POST /sim/clock}, never slept for — and nothing is lost or done twice.
 */
class StageFaultsTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);
    @TempDir
    static Path data;
    private static RunningSimulator sim;
    private static NiiJourney journey;
    private static SimFaults faults;

    @BeforeAll
    static void start() {
        sim = RunningSimulator.start(Settings.forTests(data).with(SettingsCatalog.SIM_TOKEN, RunningSimulator.TOKEN)
                .with(SettingsCatalog.SMTP_HOST, "127.0.0.1")
                .with(SettingsCatalog.SMTP_PORT, SMTP.getSmtp().getPort()));
        journey = new NiiJourney(sim, "example-u");
        faults = new SimFaults(sim);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @BeforeEach
    void noRules() {
        faults.clear();
    }

    @Test
    void whenTheNiiToCaStepFailsOnceTheApplicationIsProcessedLaterExactlyOnce() {
        long id = faults.add("{'match': {'stage': 'nii-to-ca', 'institution': 'example-u'},"
                + " 'trigger': {'type': 'next', 'count': 1}, 'action': {'type': 'fail', 'message': 'CA busy'}}");
        String email = "stage.once@example.ac.jp";
        journey.upload("1", "1", new TsvRows().issue(TsvRows.clientDn("STAGE ONCE", "s2612001"), 5, 1, "段階 一回", email).bytes());
        Eventually.await("the rule to fire", () -> Optional.of(faults.rule(id)).filter(rule -> rule.get("fired").asInt() == 1));
        assertTrue(journey.outbox().find(email, "発行受付通知").isEmpty(), "not processed while the step failed");
        JsonNode event = faults.lastFired();
        assertEquals("upki", event.get("face").asText());
        assertEquals("example-u", event.get("institution").asText());
        assertTrue(event.get("application").isNumber(), event.toString());
        assertTrue(event.get("reason").asText().startsWith("Fault rule " + id + " fired at the NII → CA step for application "
                + event.get("application").asLong() + ": fail the attempt (CA busy); it will be tried again later."),
                event.get("reason").asText());

        advanceUntil("the acceptance mail", () -> journey.outbox().find(email, "発行受付通知").isPresent());
        long application = journey.outbox().find(email, "発行受付通知").orElseThrow().application();
        assertEquals(event.get("application").asLong(), application);
        List<Outbox.Mail> mails = journey.outbox().all().stream()
                .filter(mail -> Long.valueOf(application).equals(mail.application())).toList();
        assertEquals(List.of("アクセスPIN発行通知", "発行受付通知"), mails.stream()
                .map(mail -> mail.subject().contains("アクセスPIN発行通知") ? "アクセスPIN発行通知" : "発行受付通知").sorted().toList(),
                "one PIN notice and one acceptance notice: processed exactly once");
        assertEquals(1, faults.rule(id).get("fired").asInt());
        assertEquals(2, faults.rule(id).get("considered").asInt(), "the failed attempt and the retry");
    }

    @Test
    void whenMailDeliveryFailsTwiceTheRetryPolicyDeliversTheMailOnceToTheSmtpServer() {
        String email = "mail.twice@example.ac.jp";
        long id = faults.add("{'match': {'stage': 'mail-delivery', 'recipient': '" + email + "'},"
                + " 'trigger': {'type': 'next', 'count': 2}, 'action': {'type': 'fail', 'message': 'SMTP 451 try later'}}");
        journey.upload("1", "1", new TsvRows().issue(TsvRows.clientDn("MAIL TWICE", "s2612002"), 5, 1, "郵便 二回", email).bytes());
        Outbox.Mail mail = journey.outbox().await(email, "発行受付通知");
        Eventually.await("the first failure", () -> Optional.of(faults.rule(id)).filter(rule -> rule.get("fired").asInt() == 1));
        assertEquals(0, receivedBy(email), "not delivered after the first failure");
        JsonNode delivery = delivery(mail.id());
        assertTrue(delivery.get("lastError").asText().contains("fault rule " + id + " made mail delivery fail on purpose"),
                delivery.toString());

        advanceUntil("the second failure", () -> faults.rule(id).get("fired").asInt() == 2);
        assertEquals(0, receivedBy(email), "not delivered after the second failure");
        advanceUntil("the delivery", () -> "DELIVERED".equals(delivery(mail.id()).get("state").asText()));
        assertTrue(SMTP.waitForIncomingEmail(10_000, 1));
        assertEquals(1, receivedBy(email), "GreenMail got the mail exactly once");
        assertEquals(3, delivery(mail.id()).get("attempts").asInt());
        assertEquals(2, faults.rule(id).get("fired").asInt());
        assertEquals(3, faults.rule(id).get("considered").asInt());
    }

    /** Moves the simulated clock on by two minutes at a time (each retry's back-off) until {@code done}. */
    private static void advanceUntil(String what, BooleanSupplier done) {
        for (int step = 0; step < 10 && !done.getAsBoolean(); step++) {
            assertEquals(200, sim.withToken("POST", "/sim/clock", "{\"advance\": \"PT2M\"}").statusCode());
            try {
                Eventually.await(what, Duration.ofSeconds(3), () -> done.getAsBoolean() ? Optional.of(true) : Optional.empty());
            } catch (AssertionError notYet) {
                // the retry was scheduled after this advance: move the clock again
            }
        }
        assertTrue(done.getAsBoolean(), "gave up waiting for " + what);
    }

    private static JsonNode delivery(long mailId) {
        return new Outbox(sim).delivery(mailId);
    }

    private static long receivedBy(String email) {
        return SmtpServer.receivedBy(SMTP, email);
    }
}

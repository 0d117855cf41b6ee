package dev.upkisim.nii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.support.NiiJourney;
import dev.upkisim.support.Outbox;
import dev.upkisim.support.RaClient;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.TsvRows;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Revocation (applyType 3) and renewal (applyType 2) by TSV, with their mails and list statuses (SPEC 1.2, 1.4). */
class RevocationAndRenewalTest {
    @RegisterExtension
    static final RunningSimulator sim = RunningSimulator.perClass();
    private static NiiJourney journey;

    @BeforeAll
    static void start() {
        journey = new NiiJourney(sim, "example-u");
    }

    @Test
    void aRevocationRowRevokesWithItsReasonMailsAdminAndUserAndTheListShowsSeven() {
        String email = "to.revoke@example.ac.jp";
        String dn = TsvRows.clientDn("TO REVOKE", "s2604001");
        BigInteger serial = issueAndDownload(dn, email);

        RaClient.Page page = journey.upload("3", "1", new TsvRows().revoke(dn, serial, 1, "", email).bytes());
        assertEquals("クライアント証明書　失効申請完了画面", page.heading());
        Outbox.Mail mail = journey.outbox().await(email, "失効完了通知");
        assertTrue(mail.to().contains("kanri.jiro@example.ac.jp"), mail.to().toString());
        String text = mail.text();
        assertTrue(text.contains("【失効証明書シリアル番号】\n　" + serial), text);
        var block = java.util.regex.Pattern.compile("^【失効証明書DN】\n　-{45}\n(.*?)\n　-{45}$",
                java.util.regex.Pattern.MULTILINE | java.util.regex.Pattern.DOTALL).matcher(text);
        assertTrue(block.find(), text);
        assertEquals(dn, String.join(",", block.group(1).replace("　", "").split("\n")),
                "an RA client rebuilds the TSV's DN exactly from the lines");
        List<String> row = ClientCertificateJourneyTestRows.row(journey, serial);
        assertEquals("7", row.get(11));
        assertEquals("1", row.get(12), "the reason code");
    }

    @Test
    void reasonZeroNeedsAComment() {
        String email = "no.comment@example.ac.jp";
        String dn = TsvRows.clientDn("NO COMMENT", "s2604002");
        BigInteger serial = issueAndDownload(dn, email);
        RaClient.Page refused = journey.upload("3", "1", new TsvRows().revoke(dn, serial, 0, "", email).bytes());
        assertEquals("クライアント証明書　発行・更新・失効申請エラー画面", refused.heading());
        assertEquals("5", ClientCertificateJourneyTestRows.row(journey, serial).get(11), "still valid");
        RaClient.Page accepted = journey.upload("3", "1", new TsvRows().revoke(dn, serial, 0, "退職のため", email).bytes());
        assertEquals("クライアント証明書　失効申請完了画面", accepted.heading());
    }

    @Test
    void aRenewalIssuesANewCertificateForTheSameDnTellsTheRaToRevokeTheOldAndRemindsAfterTwoWeeks() throws Exception {
        String email = "to.renew@example.ac.jp";
        String dn = TsvRows.clientDn("TO RENEW", "s2604003");
        BigInteger old = issueAndDownload(dn, email);

        RaClient.Page page = journey.upload("2", "1", new TsvRows().renew(dn, 5, old, "更新 利用者", email).bytes());
        assertEquals("クライアント証明書　発行・更新申請完了画面", page.heading());
        BigInteger renewed = downloadLatest(email);
        assertTrue(!renewed.equals(old));

        Outbox.Mail renewal = journey.outbox().await("ra@example.ac.jp", "クライアント証明書更新通知");
        String text = renewal.text();
        assertTrue(text.contains("【新証明書シリアル番号】\n　" + renewed), text);
        assertTrue(text.contains("【旧証明書のシリアル番号】\n　" + old), text);
        assertEquals("6", ClientCertificateJourneyTestRows.row(journey, old).get(11), "the old one is renewed, still valid");
        assertEquals("5", ClientCertificateJourneyTestRows.row(journey, renewed).get(11));

        assertTrue(journey.outbox().find("ra@example.ac.jp", "失効のお願い").isEmpty(), "no reminder yet");
        var advanced = sim.withToken("POST", "/sim/clock", "{\"advance\": \"P15D\"}");
        assertEquals(200, advanced.statusCode());
        Outbox.Mail reminder = journey.outbox().await("ra@example.ac.jp", "失効のお願い");
        assertTrue(reminder.text().contains(old.toString()), reminder.text());
    }

    private static BigInteger issueAndDownload(String dn, String email) {
        journey.upload("1", "1", new TsvRows().issue(dn, 5, 1, "失効 予定", email).bytes());
        return downloadLatest(email);
    }

    /** The newest acceptance mail of the user → PIN → STEP1/2/3 → the serial in the P12. */
    private static BigInteger downloadLatest(String email) {
        Outbox.Mail acceptance = dev.upkisim.support.Eventually.await("a new acceptance mail", () -> journey.outbox().all()
                .stream().filter(mail -> mail.to().contains(email) && mail.subject().contains("発行受付通知"))
                .filter(mail -> !SEEN.contains(mail.id())).findFirst());
        SEEN.add(acceptance.id());
        Outbox.Mail pinMail = journey.outbox().all().stream().filter(mail -> mail.subject().contains("アクセスPIN発行通知")
                && acceptance.application().equals(mail.application())).findFirst().orElseThrow();
        String pin = ClientCertificateJourneyTestRows.pinFrom(journey, pinMail);
        RaClient.Page step2 = journey.enterPin(journey.browser().get(acceptance.url("SPEntranceCli.jsp")), pin);
        byte[] p12 = journey.downloadP12(journey.pressIssue(step2));
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(p12), pin.toCharArray());
            return ((X509Certificate) store.getCertificate(store.aliases().nextElement())).getSerialNumber();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final java.util.Set<Long> SEEN = java.util.concurrent.ConcurrentHashMap.newKeySet();
}

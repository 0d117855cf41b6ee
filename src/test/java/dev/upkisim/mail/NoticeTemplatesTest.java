package dev.upkisim.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every notice, signed, parsed back with jakarta.mail and read with the regular expressions real RA clients use. */
class NoticeTemplatesTest {
    static final String DN = "CN=hanako001,OU=001,OU=Example Information Center,O=Example University,L=Academe,C=JP";
    static final String BASE = "https://upki-sim.example.ac.jp/upki-odcert/download/view/jsp/";
    static final String ADMIN = "admin@example.ac.jp";
    static final String USER = "hanako@example.ac.jp";
    static final String RA = "ra@example.ac.jp";
    static final BigInteger SERIAL = new BigInteger("4097000000000000000");
    static final BigInteger OLD_SERIAL = new BigInteger("539235709030798470");
    private static final Pattern DELIMITER_LINE = Pattern.compile("^\u3000-{45}$", Pattern.MULTILINE);
    private final NoticeTemplates templates = new NoticeTemplates();

    static Notices.AccessPin makeAccessPin(String dn) {
        return new Notices.AccessPin(ADMIN, dn, BASE + "SPEntranceCliPin.jsp?p1=Tk3n-0_a1", MailEncoderTest.DATE.plusMonths(1));
    }

    @ParameterizedTest(name = "the acquisition notice repeats the TSV DN \"{0}\"")
    @ValueSource(strings = {DN, "CN=Suzuki\\, Ichiro,OU=Faculty of Science,O=Example University,L=Academe,C=JP",
            "CN=a, O=Example University, C=JP", "CN=\"Sato, Jiro\",O=Example University,C=JP"})
    void theAcquisitionNoticeCarriesTheDnAndSerialAsRaClientsReadThem(String dn) throws Exception {
        byte[] raw = TestSigner.signed(templates.acquisition(new Notices.Acquisition(List.of(RA, ADMIN), dn, SERIAL)));
        MimeMessage message = ReadBack.parse(raw);
        String text = ReadBack.text(raw);

        assertEquals("[UPKI] クライアント証明書取得通知", message.getSubject());
        assertEquals(dn, RaClientReader.dn(text, "対象証明書DN"));
        assertEquals("4097000000000000000", RaClientReader.number(text, "対象証明書シリアル番号"));
        assertEquals(List.of(RA, ADMIN), List.of(message.getAllRecipients()).stream().map(Object::toString).toList());
        assertEquals(2, DELIMITER_LINE.matcher(text).results().count(), "the delimiter line only around the DN");
        assertJapaneseOnly(text);
    }

    @Test
    void theDnBlockHasTheExactShapeOfTheRealMails() {
        String text = ReadBack.text(TestSigner.signed(templates.acquisition(new Notices.Acquisition(List.of(RA), DN, SERIAL))));

        assertTrue(text.contains("""
                【対象証明書DN】
                　---------------------------------------------
                　CN=hanako001
                　OU=001
                　OU=Example Information Center
                　O=Example University
                　L=Academe
                　C=JP
                　---------------------------------------------

                【対象証明書シリアル番号】
                　4097000000000000000
                """), text);
    }

    @Test
    void theSenderIsTheCaSupportCenterAsRealClientsCheckBeforeReading() throws Exception {
        MimeMessage message = ReadBack.parse(TestSigner.signed(templates.accessPinNotice(makeAccessPin(DN))));

        InternetAddress from = (InternetAddress) message.getFrom()[0];
        assertEquals("ca-support@ml.secom-sts.co.jp", from.getAddress());
        assertEquals("CAサポートセンター", from.getPersonal());
        assertEquals("application/pkcs7-signature; name=smime.p7s; smime-type=signed-data",
                ReadBack.part(message, 1).getContentType());
    }

    @Test
    void theAccessPinNoticeGivesTheAdminTheOneTimePinUrlFirst() throws Exception {
        byte[] raw = TestSigner.signed(templates.accessPinNotice(makeAccessPin(DN)));
        MimeMessage message = ReadBack.parse(raw);
        String text = ReadBack.text(raw);

        assertEquals("[UPKI] アクセスPIN発行通知", RaClientReader.subjectKey(message.getSubject()));
        assertEquals(ADMIN, message.getAllRecipients()[0].toString());
        assertEquals(BASE + "SPEntranceCliPin.jsp?p1=Tk3n-0_a1", RaClientReader.firstUrl(text));
        assertTrue(text.contains("【URLの有効期限】\n　2026/05/01 10:15 (+09:00)\n"), text);
        assertEquals(DN, RaClientReader.dn(text, "対象証明書DN"));
        assertJapaneseOnly(text);
    }

    @Test
    void theAcceptanceNoticeIsBilingualAndGivesTheUserTheCertificateUrl() throws Exception {
        String url = "https://upki-sim.example.ac.jp/upki-odcert/download/view/jsp/SPEntranceCli.jsp?p1=u5er";
        byte[] raw = TestSigner.signed(templates.certificateAcceptance(
                new Notices.IssueAcceptance(USER, DN, url, MailEncoderTest.DATE.plusMonths(1))));
        MimeMessage message = ReadBack.parse(raw);
        String text = ReadBack.text(raw);

        assertEquals("[UPKI] クライアント証明書発行受付通知 / [UPKI] client certificate issue acceptance notice",
                message.getSubject());
        assertEquals("[UPKI] クライアント証明書発行受付通知", RaClientReader.subjectKey(message.getSubject()));
        assertEquals(USER, message.getAllRecipients()[0].toString());
        assertEquals(url, RaClientReader.firstUrl(text));
        assertEquals(DN, RaClientReader.dn(RaClientReader.japanesePart(text), "対象証明書DN"));
        assertJapaneseThenEnglish(text);
    }

    @Test
    void theRenewalNoticeCarriesBothSerialsAndAttachesAShiftJisRevocationRowForTheOldCertificate() throws Exception {
        byte[] raw = TestSigner.signed(templates.renewal(makeRenewal()));
        MimeMessage message = ReadBack.parse(raw);
        String text = ReadBack.text(raw);

        assertEquals("[UPKI] クライアント証明書更新通知", message.getSubject());
        assertEquals(DN, RaClientReader.dn(text, "対象証明書DN"));
        assertEquals(SERIAL.toString(), RaClientReader.number(text, "新証明書シリアル番号"));
        assertEquals(OLD_SERIAL.toString(), RaClientReader.number(text, "旧証明書のシリアル番号"));
        assertJapaneseOnly(text);
        assertRevocationTsv(ReadBack.part(message, 0, 1));
    }

    @Test
    void theReminderToRevokeTheOldCertificateNamesItAndAttachesTheTsvAgain() throws Exception {
        byte[] raw = TestSigner.signed(templates.renewalRevokeReminder(makeRenewal()));
        MimeMessage message = ReadBack.parse(raw);
        String text = ReadBack.text(raw);

        assertEquals(NoticeTemplates.REVOKE_REMINDER_SUBJECT, message.getSubject());
        assertEquals(OLD_SERIAL.toString(), RaClientReader.number(text, "旧証明書のシリアル番号"));
        assertEquals(DN, RaClientReader.dn(text, "対象証明書DN"));
        assertRevocationTsv(ReadBack.part(message, 0, 1));
    }

    @Test
    void theRevocationNoticeEndsItsJapanesePartBeforeTheContactLineAsClientsCutIt() throws Exception {
        byte[] raw = TestSigner.signed(templates.revocationCompleted(
                new Notices.Revocation(List.of(ADMIN, USER), DN, SERIAL, 1)));
        MimeMessage message = ReadBack.parse(raw);
        String text = ReadBack.text(raw);
        String japanese = RaClientReader.japanesePart(text);

        assertEquals("[UPKI] クライアント証明書失効完了通知 / [UPKI] client certificate revocation completion notification",
                message.getSubject());
        assertEquals(DN, RaClientReader.dn(japanese, "失効証明書DN"));
        assertEquals(SERIAL.toString(), RaClientReader.number(text, "失効証明書シリアル番号"));
        assertTrue(japanese.contains("【失効理由】\n　1: 鍵の危殆化 (keyCompromise)\n"), japanese);
        assertTrue(japanese.endsWith("\n\n"), "the contact line starts a line");
        assertEquals(DN, RaClientReader.dn(text, "失効証明書DN"), "even without the cut, the English part does not confuse");
        assertJapaneseThenEnglish(text);
    }

    @Test
    void bulkP12RowsGetAPinNoticeAndThenAnAcceptanceNoticeWithTheBulkDownloadUrl() throws Exception {
        String pinUrl = BASE + "SPEntranceCliAllPin.jsp?p1=bulkPin1";
        String zipUrl = BASE + "SPEntranceCliAll.jsp?p1=bulkZip1";
        byte[] pin = TestSigner.signed(templates.bulkPinNotice(
                new Notices.BulkPin(ADMIN, pinUrl, 3, MailEncoderTest.DATE.plusMonths(1))));
        byte[] zip = TestSigner.signed(templates.bulkP12Notice(
                new Notices.BulkP12(ADMIN, zipUrl, 3, MailEncoderTest.DATE.plusMonths(1))));

        assertEquals("[UPKI] アクセスPIN発行通知", RaClientReader.subjectKey(ReadBack.parse(pin).getSubject()));
        assertEquals(pinUrl, RaClientReader.firstUrl(ReadBack.text(pin)));
        assertTrue(RaClientReader.firstUrl(ReadBack.text(pin)).contains("SPEntranceCliAllPin.jsp"),
                "clients pick the bulk PIN pages by this name");
        assertEquals("[UPKI] クライアント証明書発行受付通知", RaClientReader.subjectKey(ReadBack.parse(zip).getSubject()));
        assertEquals(zipUrl, RaClientReader.firstUrl(ReadBack.text(zip)));
        assertTrue(ReadBack.text(zip).contains("【対象証明書数】\n　3\n"));
        assertJapaneseThenEnglish(ReadBack.text(zip));
    }

    @Test
    void aUrlThatAClientWouldCutShortOrThatPointsAtTheWrongPageIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Notices.AccessPin(ADMIN, DN,
                BASE + "SPEntranceCliPin.jsp?p1=a&x=1", MailEncoderTest.DATE));
        assertThrows(IllegalArgumentException.class, () -> new Notices.AccessPin(ADMIN, DN,
                BASE + "SPEntranceCliAll.jsp?p1=a", MailEncoderTest.DATE));
        assertThrows(IllegalArgumentException.class, () -> new Notices.BulkPin(ADMIN,
                BASE + "SPEntranceCliPin.jsp?p1=a", 1, MailEncoderTest.DATE));
    }

    @Test
    void anUnknownRevocationReasonIsRefused() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> new Notices.Revocation(List.of(ADMIN), DN, SERIAL, 7));

        assertTrue(error.getMessage().contains("RFC 5280"), error.getMessage());
    }

    @Test
    void everyNoticeSaysItComesFromASimulator() {
        for (Mail mail : List.of(templates.accessPinNotice(makeAccessPin(DN)), templates.renewal(makeRenewal()),
                templates.acquisition(new Notices.Acquisition(List.of(RA), DN, SERIAL)))) {
            assertTrue(mail.body().contains("upki-sim"), mail.subject());
        }
    }

    @Test
    void aConfiguredSenderIsUsedForFromAndTheFooter() throws Exception {
        var sender = new NoticeSender("UPKI シミュレータ", "notices@upki-sim.example.ac.jp");
        Mail mail = new NoticeTemplates(sender).acquisition(new Notices.Acquisition(List.of(RA), DN, SERIAL));

        MimeMessage message = ReadBack.parse(new MailEncoder().encode(mail, MailEncoderTest.DATE, MailEncoderTest.MESSAGE_ID));

        assertEquals(new InternetAddress("notices@upki-sim.example.ac.jp", "UPKI シミュレータ"), message.getFrom()[0]);
        assertEquals("UPKI シミュレータ", ((InternetAddress) message.getFrom()[0]).getPersonal());
        assertTrue(mail.body().contains("notices@upki-sim.example.ac.jp"));
    }

    static Notices.Renewal makeRenewal() {
        return new Notices.Renewal(List.of(RA, ADMIN), DN, SERIAL, OLD_SERIAL, ADMIN, USER);
    }

    private static void assertRevocationTsv(jakarta.mail.BodyPart attachment) throws Exception {
        assertEquals("revoke_" + OLD_SERIAL + ".tsv", attachment.getFileName());
        assertTrue(attachment.getContentType().startsWith("text/tab-separated-values; charset=Shift_JIS"));
        String tsv = new String(attachment.getInputStream().readAllBytes(), java.nio.charset.Charset.forName("Shift_JIS"));
        assertTrue(tsv.endsWith("\r\n"));
        String[] columns = tsv.substring(0, tsv.length() - 2).split("\t", -1);
        assertEquals(RevocationTsv.COLUMNS, columns.length);
        assertEquals(DN, columns[0]);
        assertEquals(OLD_SERIAL.toString(), columns[3]);
        assertEquals("4", columns[4], "superseded");
        assertEquals("証明書更新のため", columns[5]);
        assertEquals(ADMIN, columns[9]);
        assertEquals(USER, columns[13]);
    }

    private static void assertJapaneseOnly(String text) {
        assertFalse(text.contains("This is the UPKI"), text);
        assertFalse(text.contains(NoticeTemplates.CONTACT_LINE), "no bilingual contact line");
    }

    private static void assertJapaneseThenEnglish(String text) {
        int japanese = text.indexOf("UPKI電子証明書発行サービスです。");
        int contact = text.indexOf(NoticeTemplates.CONTACT_LINE);
        int english = text.indexOf("This is the UPKI certificate issuance service.");
        assertTrue(0 <= japanese && japanese < contact && contact < english, text);
    }
}

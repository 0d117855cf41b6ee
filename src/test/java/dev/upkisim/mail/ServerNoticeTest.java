package dev.upkisim.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.ca.CaRole;
import dev.upkisim.ca.Pem;
import jakarta.mail.internet.MimeMessage;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The server certificate notice (証明書発行通知), signed, parsed back, read with the RA clients' expressions. */
class ServerNoticeTest {
    static final String DN = "CN=www.example.ac.jp,O=Example University,L=Academe,C=JP";
    static final BigInteger SERIAL = new BigInteger("333273016616450741967721320111891714655");
    private final NoticeTemplates templates = new NoticeTemplates();

    static Notices.ServerIssued make(String dn, List<String> names) {
        String pem = Pem.certificate(TestSigner.hierarchy().get(CaRole.SERVER).certificate());
        return new Notices.ServerIssued("admin@example.ac.jp", dn, SERIAL, names, MailEncoderTest.DATE,
                MailEncoderTest.DATE.plusDays(198).minusSeconds(1), pem, pem);
    }

    @Test
    void theAdminGetsTheDnSerialNamesValidityAndBothCertificatesInJapanese() throws Exception {
        byte[] raw = TestSigner.signed(templates.serverIssued(make(DN, List.of("www.example.ac.jp", "mail.example.ac.jp"))));
        MimeMessage message = ReadBack.parse(raw);
        String text = ReadBack.text(raw);

        assertEquals("[UPKI] サーバ証明書発行通知", message.getSubject());
        assertEquals("admin@example.ac.jp", message.getAllRecipients()[0].toString());
        assertEquals(DN, RaClientReader.dn(text, "対象証明書DN"));
        assertEquals(SERIAL.toString(), RaClientReader.number(text, "対象証明書シリアル番号"));
        assertTrue(text.contains("【dNSName】\n　www.example.ac.jp\n　mail.example.ac.jp\n"), text);
        assertTrue(text.contains("【有効期間】\n　2026/04/01 10:15 (+09:00) から 2026/10/16 10:14 (+09:00) まで\n"), text);
        assertEquals(2, text.split("-----BEGIN CERTIFICATE-----", -1).length - 1, text);
        assertTrue(text.indexOf("【証明書（PEM形式）】") < text.indexOf("【中間CA証明書（PEM形式）】"));
    }

    @Test
    void aNoticeWithoutNamesOrWithoutAPemCertificateIsAWiringMistake() {
        assertThrows(IllegalArgumentException.class, () -> make(DN, List.of()));
        String pem = Pem.certificate(TestSigner.hierarchy().root().certificate());
        assertThrows(IllegalArgumentException.class, () -> new Notices.ServerIssued("admin@example.ac.jp", DN, SERIAL,
                List.of("www.example.ac.jp"), MailEncoderTest.DATE, MailEncoderTest.DATE, "not pem", pem));
    }
}

package dev.upkisim.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a notification mail back as a mail client shows it, for the dashboard's outbox (SPEC 1.4). */
class MailReaderTest {
    private static final byte[] TSV = "CN=a\t\t\t12\r\n".getBytes(Charset.forName("Shift_JIS"));
    private final MailReader reader = new MailReader();

    private static Mail makeMail() {
        return new Mail("CAサポートセンター", "ca-support@example.ac.jp", List.of("ra@example.ac.jp"),
                List.of("kanri.jiro@example.ac.jp"), "[UPKI] 証明書失効通知", "架空大学 登録担当者 様\n\n失効しました。\n",
                List.of()).withAttachment(new Attachment("revoke_12.tsv", "text/tab-separated-values; charset=Shift_JIS", TSV));
    }

    @Test
    void aSignedMailReadsAsItsDecodedHeadersTextAndAttachments() {
        ReadableMail mail = reader.read(TestSigner.signed(makeMail()));

        assertEquals("[UPKI] 証明書失効通知", mail.subject());
        assertEquals("CAサポートセンター <ca-support@example.ac.jp>", mail.from());
        assertEquals(List.of("ra@example.ac.jp"), mail.to());
        assertEquals(List.of("kanri.jiro@example.ac.jp"), mail.cc());
        assertEquals(MailEncoderTest.DATE.toInstant(), mail.date());
        assertEquals(MailEncoderTest.MESSAGE_ID, mail.messageId());
        assertTrue(mail.signed());
        assertEquals("架空大学 登録担当者 様\n\n失効しました。\n", mail.text());
        assertEquals(2, mail.attachments().size(), mail.attachments().toString());
        assertEquals(new ReadableMail.AttachmentSummary("revoke_12.tsv", "text/tab-separated-values", TSV.length),
                mail.attachments().get(0));
        ReadableMail.AttachmentSummary signature = mail.attachments().get(1);
        assertEquals("application/pkcs7-signature", signature.contentType());
        assertTrue(signature.size() > 500, "a CMS signature with the signer's certificate: " + signature);
    }

    @Test
    void anUnsignedTextOnlyMailHasItsTextAndNoAttachments() {
        byte[] raw = new MailEncoder().encode(Mail.of("CAサポートセンター", "ca-support@example.ac.jp",
                List.of("mihon.hanako@example.ac.jp"), "[UPKI] アクセスPIN発行通知", "一行目\n二行目"), MailEncoderTest.DATE,
                MailEncoderTest.MESSAGE_ID);

        ReadableMail mail = reader.read(raw);

        assertEquals("[UPKI] アクセスPIN発行通知", mail.subject());
        assertFalse(mail.signed());
        assertEquals("一行目\n二行目\n", mail.text());
        assertEquals(List.of(), mail.attachments());
        assertEquals(List.of(), mail.cc());
    }
}

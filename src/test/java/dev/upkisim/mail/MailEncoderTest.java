package dev.upkisim.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.Charset;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailEncoderTest {
    static final ZonedDateTime DATE = ZonedDateTime.of(2026, 4, 1, 10, 15, 0, 0, ZoneId.of("Asia/Tokyo"));
    static final String MESSAGE_ID = "<20260401101500.1@upki-sim.example.ac.jp>";
    private final MailEncoder encoder = new MailEncoder();

    static Mail makeMail(String body) {
        return Mail.of("CAサポートセンター", "ca-support@ml.secom-sts.co.jp", List.of("ra@example.ac.jp"),
                "[UPKI] クライアント証明書取得通知", body);
    }

    @Test
    void subjectAndSenderDecodeToTheExactJapaneseText() throws Exception {
        MimeMessage message = ReadBack.parse(encoder.encode(makeMail("本文\n"), DATE, MESSAGE_ID));

        assertEquals("[UPKI] クライアント証明書取得通知", message.getSubject());
        InternetAddress from = (InternetAddress) message.getFrom()[0];
        assertEquals("CAサポートセンター", from.getPersonal());
        assertEquals("ca-support@ml.secom-sts.co.jp", from.getAddress());
        assertEquals("ra@example.ac.jp", message.getAllRecipients()[0].toString());
        assertEquals(MESSAGE_ID, message.getMessageID());
        assertEquals("Wed, 1 Apr 2026 10:15:00 +0900", message.getHeader("Date", null));
    }

    @Test
    void theRawSubjectAndFromAreIso2022JpEncodedWords() {
        String raw = ReadBack.latin1(encoder.encode(makeMail("x"), DATE, MESSAGE_ID));

        assertTrue(raw.contains("\r\nSubject: =?ISO-2022-JP?B?"), raw);
        assertTrue(raw.startsWith("From: =?ISO-2022-JP?B?"), raw);
    }

    @Test
    void theBodyIsSevenBitIso2022JpTextWithCrlfLineEnds() throws Exception {
        byte[] raw = encoder.encode(makeMail("一行目\n二行目\r\n三行目"), DATE, MESSAGE_ID);
        MimeMessage message = ReadBack.parse(raw);

        assertTrue(message.isMimeType("text/plain"));
        assertEquals("text/plain; charset=iso-2022-jp", message.getContentType());
        assertEquals("7bit", message.getEncoding());
        assertEquals("一行目\r\n二行目\r\n三行目\r\n", message.getContent());
        for (int i = 0; i < raw.length; i++) {
            assertTrue(raw[i] >= 0, "7bit");
            if (raw[i] == '\n') {
                assertEquals('\r', raw[i - 1], "LF at " + i + " without CR");
            }
        }
    }

    @Test
    void attachmentsMakeAMultipartMixedWithTheTextFirst() throws Exception {
        Mail mail = makeMail("本文").withAttachment(new Attachment("revoke_12.tsv",
                "text/tab-separated-values; charset=Shift_JIS", "CN=a\t\t\t12\r\n".getBytes(Charset.forName("Shift_JIS"))));
        MimeMessage message = ReadBack.parse(encoder.encode(mail, DATE, MESSAGE_ID));

        assertTrue(message.isMimeType("multipart/mixed"));
        assertEquals("本文\r\n", ReadBack.part(message, 0).getContent());
        var attachment = ReadBack.part(message, 1);
        assertEquals("revoke_12.tsv", attachment.getFileName());
        assertEquals("base64", ((jakarta.mail.internet.MimeBodyPart) attachment).getEncoding());
        assertArrayEquals("CN=a\t\t\t12\r\n".getBytes(Charset.forName("Shift_JIS")),
                attachment.getInputStream().readAllBytes());
    }

    @Test
    void theSameMailAlwaysEncodesToTheSameBytes() {
        Mail mail = makeMail("本文").withAttachment(new Attachment("a.txt", "text/plain", new byte[] {1, 2, 3}));

        assertArrayEquals(encoder.encode(mail, DATE, MESSAGE_ID), encoder.encode(mail, DATE, MESSAGE_ID));
    }

    @Test
    void anUnmappableCharacterFailsClearlyOrBecomesAGetaMarkDependingOnThePolicy() throws Exception {
        Mail mail = makeMail("髙橋 様");

        var error = assertThrows(UnencodableTextException.class, () -> encoder.encode(mail, DATE, MESSAGE_ID));
        assertEquals("body", error.where());
        MimeMessage replaced = ReadBack.parse(new MailEncoder(Iso2022Jp.Unmappable.REPLACE).encode(mail, DATE, MESSAGE_ID));
        assertEquals("〓橋 様\r\n", replaced.getContent());
    }

    @Test
    void aHeaderCannotBeInjectedThroughTheSubjectOrTheDisplayName() {
        assertThrows(IllegalArgumentException.class, () -> Mail.of("CA", "ca@example.ac.jp", List.of("a@example.ac.jp"),
                "x\r\nBcc: victim@example.ac.jp", "b"));
        assertThrows(IllegalArgumentException.class, () -> Mail.of("CA\nBcc: v@example.ac.jp", "ca@example.ac.jp",
                List.of("a@example.ac.jp"), "s", "b"));
        assertThrows(IllegalArgumentException.class, () -> Mail.of("CA", "ca@example.ac.jp",
                List.of("a@example.ac.jp>, <b@example.ac.jp"), "s", "b"));
    }

    @Test
    void aBodyLineLongerThanRfc5322AllowsIsRefused() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> encoder.encode(makeMail("ok\n" + "x".repeat(999)), DATE, MESSAGE_ID));

        assertTrue(error.getMessage().contains("body line 2"), error.getMessage());
    }

    @Test
    void aMessageIdIsAcceptedWithOrWithoutAngleBracketsAndMustHaveAnAtSign() {
        assertEquals("<a.1@example.ac.jp>", MailEncoder.messageId("a.1@example.ac.jp"));
        assertEquals("<a.1@example.ac.jp>", MailEncoder.messageId("<a.1@example.ac.jp>"));
        assertThrows(IllegalArgumentException.class, () -> MailEncoder.messageId("no-at-sign"));
        assertThrows(IllegalArgumentException.class, () -> MailEncoder.messageId("a b@example.ac.jp"));
    }

    @Test
    void ccRecipientsAreHeadersAndEnvelopeRecipients() throws Exception {
        Mail mail = new Mail("CA", "ca@example.ac.jp", List.of("a@example.ac.jp"), List.of("b@example.ac.jp"), "s", "b",
                List.of());

        MimeMessage message = ReadBack.parse(encoder.encode(mail, DATE, MESSAGE_ID));

        assertEquals("b@example.ac.jp", message.getRecipients(jakarta.mail.Message.RecipientType.CC)[0].toString());
        assertEquals(List.of("a@example.ac.jp", "b@example.ac.jp"), mail.recipients());
        assertFalse(ReadBack.latin1(encoder.encode(mail, DATE, MESSAGE_ID)).contains("Bcc"));
    }
}

package dev.upkisim.mail;

import static dev.upkisim.support.Openssl.openssl;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.upkisim.ca.Pem;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Delivery through a real SMTP server (GreenMail on a free port), read back from the server's mailboxes. */
class SmtpTransportTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("relay@example.ac.jp", "relay", "s3cret"));
    @TempDir
    Path dir;

    private static byte[] makeSignedNotice() {
        return TestSigner.signed(new NoticeTemplates().acquisition(new Notices.Acquisition(
                List.of(NoticeTemplatesTest.RA, NoticeTemplatesTest.ADMIN), NoticeTemplatesTest.DN,
                NoticeTemplatesTest.SERIAL)));
    }

    private static SmtpTransport.Settings settings(String user, String password) {
        return new SmtpTransport.Settings("127.0.0.1", SMTP.getSmtp().getPort(), false, user, password,
                Duration.ofSeconds(10));
    }

    @Test
    void aSignedNoticeArrivesUnchangedAndItsSignatureStillVerifies() throws Exception {
        byte[] raw = makeSignedNotice();

        new SmtpTransport(settings("relay", "s3cret")).deliver(raw, List.of(NoticeTemplatesTest.RA, NoticeTemplatesTest.ADMIN));

        assertTrue(SMTP.waitForIncomingEmail(10_000, 2));
        MimeMessage received = SMTP.getReceivedMessagesForDomain(NoticeTemplatesTest.RA)[0];
        byte[] receivedRaw = bytes(received);
        // GreenMail keeps the CRLF before the DATA terminator's "." out of the stored message; apart from that last
        // line end (outside the signed part) and its trace headers on top, the stored message is our bytes
        byte[] sent = Arrays.copyOf(raw, raw.length - 2);
        byte[] tail = Arrays.copyOfRange(receivedRaw, receivedRaw.length - sent.length, receivedRaw.length);
        assertArrayEquals(sent, tail, "the server stored the bytes we sent");
        String traceHeaders = ReadBack.latin1(Arrays.copyOf(receivedRaw, receivedRaw.length - sent.length));
        assertTrue(traceHeaders.matches("Return-Path: <ca-support@ml\\.secom-sts\\.co\\.jp>\r\nReceived: [^\r\n]+\r\n"),
                traceHeaders);
        assertEquals("[UPKI] クライアント証明書取得通知", received.getSubject());
        assertEquals(NoticeTemplatesTest.DN, RaClientReader.dn(ReadBack.text(receivedRaw), "対象証明書DN"));
        assertEquals(TestSigner.signer().certificate(),
                SignedParts.of(receivedRaw).verify(TestSigner.hierarchy().root().certificate()));
        Files.write(dir.resolve("received.eml"), receivedRaw);
        Files.writeString(dir.resolve("root.pem"), Pem.certificate(TestSigner.hierarchy().root().certificate()));
        var openssl = openssl(dir, "smime", "-verify", "-in", "received.eml", "-CAfile", "root.pem", "-purpose", "any");
        assertEquals(0, openssl.exitCode(), openssl.output());
    }

    @Test
    void everyEnvelopeRecipientGetsTheMail() throws Exception {
        new SmtpTransport(settings(null, null)).deliver(makeSignedNotice(),
                List.of("one@example.ac.jp", "two@example.ac.jp"));

        assertTrue(SMTP.waitForIncomingEmail(10_000, 2));
        for (String recipient : List.of("one@example.ac.jp", "two@example.ac.jp")) {
            assertEquals(1, SMTP.findReceivedMessages(user -> recipient.equals(user.getEmail()), message -> true).count(),
                    recipient);
        }
    }

    @Test
    void aWrongPasswordIsAnAuthenticationFailureThatIsNotRetried() {
        var error = assertThrows(DeliveryException.class, () -> new SmtpTransport(settings("relay", "wrong"))
                .deliver(makeSignedNotice(), List.of(NoticeTemplatesTest.RA)));

        assertEquals(DeliveryException.Kind.AUTHENTICATION, error.kind());
        assertFalse(error.retryable());
        assertFalse(error.getMessage().contains("wrong"), "never the password: " + error.getMessage());
        assertTrue(error.getMessage().startsWith("smtp 127.0.0.1:"), error.getMessage());
    }

    @Test
    void aServerThatIsNotListeningIsUnreachableAndWorthRetrying() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var transport = new SmtpTransport(new SmtpTransport.Settings("127.0.0.1", closedPort, false, null, null,
                Duration.ofSeconds(5)));

        var error = assertThrows(DeliveryException.class,
                () -> transport.deliver(makeSignedNotice(), List.of(NoticeTemplatesTest.RA)));

        assertEquals(DeliveryException.Kind.UNREACHABLE, error.kind());
        assertTrue(error.retryable());
    }

    @Test
    void settingsThatCannotWorkAreRefusedUpFront() {
        assertThrows(IllegalArgumentException.class, () -> SmtpTransport.Settings.plain("", 25));
        assertThrows(IllegalArgumentException.class, () -> SmtpTransport.Settings.plain("mail.example.ac.jp", 0));
        assertThrows(IllegalArgumentException.class, () -> new SmtpTransport.Settings("mail.example.ac.jp", 587, true,
                "user", null, Duration.ofSeconds(1)));
        assertFalse(new SmtpTransport.Settings("mail.example.ac.jp", 587, true, "user", "pw", Duration.ofSeconds(1))
                .toString().contains("pw"));
    }

    private static byte[] bytes(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }
}

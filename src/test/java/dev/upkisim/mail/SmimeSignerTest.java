package dev.upkisim.mail;

import static dev.upkisim.support.Openssl.openssl;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.ca.CaHierarchy;
import dev.upkisim.ca.Pem;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmimeSignerTest {
    static final String FROM = TestSigner.FROM;
    static CaHierarchy hierarchy;
    static SmimeSigner signer;
    private final MailEncoder encoder = new MailEncoder();
    @TempDir
    Path dir;

    @BeforeAll
    static void makeSigner() {
        hierarchy = TestSigner.hierarchy();
        signer = TestSigner.signer();
    }

    static byte[] makeSignedMail(MailEncoder encoder, Mail mail) {
        return encoder.encodeSigned(mail, MailEncoderTest.DATE, MailEncoderTest.MESSAGE_ID, signer);
    }

    @Test
    void aSignedMailIsMultipartSignedWithTheTextFirstAndTheSignatureSecond() throws Exception {
        MimeMessage message = ReadBack.parse(makeSignedMail(encoder, MailEncoderTest.makeMail("本文")));

        assertTrue(message.isMimeType("multipart/signed"));
        assertTrue(message.getContentType().contains("protocol=\"application/pkcs7-signature\""));
        assertTrue(message.getContentType().contains("micalg=sha-256"));
        assertEquals("[UPKI] クライアント証明書取得通知", message.getSubject());
        assertEquals("text/plain; charset=iso-2022-jp", ReadBack.part(message, 0).getContentType());
        assertEquals("本文\r\n", ReadBack.part(message, 0).getContent());
        assertEquals("application/pkcs7-signature; name=smime.p7s; smime-type=signed-data",
                ReadBack.part(message, 1).getContentType(), "the exact string real RA clients compare");
    }

    @Test
    void opensslVerifiesTheSignatureAgainstTheRoot() throws Exception {
        Path eml = write("mail.eml", makeSignedMail(encoder, MailEncoderTest.makeMail("【対象証明書DN】\n　CN=a")));

        var result = openssl(dir, "smime", "-verify", "-in", "mail.eml", "-CAfile", "root.pem", "-purpose", "any");

        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("Verification successful"), result.output());
        assertTrue(Files.size(eml) > 0);
    }

    @Test
    void opensslAcceptsTheSignerForSmimeSigningEvenWithoutPurposeAny() throws Exception {
        write("mail.eml", makeSignedMail(encoder, MailEncoderTest.makeMail("本文")));

        var result = openssl(dir, "smime", "-verify", "-in", "mail.eml", "-CAfile", "root.pem", "-out", "content.txt");

        assertEquals(0, result.exitCode(), result.output());
        assertArrayEquals(encoder.contentEntity(MailEncoderTest.makeMail("本文")), Files.readAllBytes(dir.resolve("content.txt")),
                "openssl hands out the signed entity unchanged");
    }

    @Test
    void opensslVerifiesASignedMailWithAnAttachment() throws Exception {
        Mail mail = MailEncoderTest.makeMail("本文").withAttachment(
                new Attachment("revoke_1.tsv", "text/tab-separated-values; charset=Shift_JIS", "a\tb\r\n".getBytes()));
        write("mail.eml", makeSignedMail(encoder, mail));

        var result = openssl(dir, "smime", "-verify", "-in", "mail.eml", "-CAfile", "root.pem", "-purpose", "any");

        assertEquals(0, result.exitCode(), result.output());
    }

    @Test
    void bouncyCastleVerifiesTheSignatureAndTheChainAndFindsTheSupportCenter() throws Exception {
        SignedParts parts = SignedParts.of(makeSignedMail(encoder, MailEncoderTest.makeMail("本文")));

        X509Certificate signerCertificate = parts.verify(hierarchy.root().certificate());

        assertEquals(signer.certificate(), signerCertificate);
        assertArrayEquals(encoder.contentEntity(MailEncoderTest.makeMail("本文")), parts.content(),
                "the signature covers the content entity byte for byte");
    }

    @Test
    void changingOneByteOfTheSignedTextBreaksTheSignatureForOpensslAndBouncyCastle() throws Exception {
        byte[] raw = makeSignedMail(encoder, MailEncoderTest.makeMail("CN=taro\nserial 1234"));
        byte[] tampered = raw.clone();
        int at = MimeParts.indexOf(tampered, "serial 1234".getBytes(StandardCharsets.US_ASCII)) + "serial 123".length();
        tampered[at] = '5';
        write("tampered.eml", tampered);

        var result = openssl(dir, "smime", "-verify", "-in", "tampered.eml", "-CAfile", "root.pem", "-purpose", "any");

        assertNotEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("digest failure") || result.output().contains("Verification failure"),
                result.output());
        assertThrows(CMSSignerDigestMismatchException.class,
                () -> SignedParts.of(tampered).verify(hierarchy.root().certificate()));
    }

    @Test
    void theSignatureIsRepeatableBecauseItsSigningTimeIsTheMailsDate() {
        Mail mail = MailEncoderTest.makeMail("本文");

        assertArrayEquals(makeSignedMail(encoder, mail), makeSignedMail(encoder, mail));
    }

    @Test
    void theSupportCenterCertificateIsAnSmimeSigningCertificateForTheFromAddress() throws Exception {
        X509Certificate certificate = signer.certificate();
        Files.writeString(dir.resolve("signer.pem"), Pem.certificate(certificate));
        Files.writeString(dir.resolve("smime-ca.pem"),
                Pem.certificate(hierarchy.get(dev.upkisim.ca.CaRole.SMIME).certificate()));
        write("unused.eml", new byte[0]);

        var result = openssl(dir, "verify", "-CAfile", "root.pem", "-untrusted", "smime-ca.pem",
                "-purpose", "smimesign", "signer.pem");

        assertEquals(0, result.exitCode(), result.output());
        assertEquals(List.of("1.3.6.1.5.5.7.3.4"), certificate.getExtendedKeyUsage());
        assertTrue(certificate.getKeyUsage()[0], "digitalSignature");
        assertEquals(-1, certificate.getBasicConstraints());
        assertEquals(List.of(1, FROM), List.copyOf(certificate.getSubjectAlternativeNames().iterator().next()));
        assertTrue(certificate.getSubjectX500Principal().getName().contains("CN=CA Support Center (simulated)"));
        assertEquals(hierarchy.get(dev.upkisim.ca.CaRole.SMIME).certificate().getSubjectX500Principal(),
                certificate.getIssuerX500Principal());
    }

    @Test
    void anEntityWithBareLineFeedsIsRefusedBecauseItsSignatureWouldNotSurviveTransport() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> signer.sign("Content-Type: text/plain\n\nx\n".getBytes(StandardCharsets.US_ASCII), Instant.now()));

        assertTrue(error.getMessage().contains("bare LF"), error.getMessage());
    }

    private Path write(String name, byte[] raw) throws Exception {
        Files.writeString(dir.resolve("root.pem"), Pem.certificate(hierarchy.root().certificate()));
        return Files.write(dir.resolve(name), raw);
    }

}

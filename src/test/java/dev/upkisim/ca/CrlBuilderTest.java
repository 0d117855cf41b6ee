package dev.upkisim.ca;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.KeyPairGenerator;
import java.security.cert.CRLReason;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CRLHolder;
import org.junit.jupiter.api.Test;

/** {@link CrlBuilder}: RFC 5280 section 5 fields, read back by the JDK and Bouncy Castle. */
class CrlBuilderTest {
    private static final Instant NOW = Instant.parse("2026-04-01T09:30:00Z");

    @Test
    void aCrlCarriesTimesNumberAuthorityKeyIdAndEntriesWithReasonAndInvalidityDateAndVerifiesWithTheCaKey() throws Exception {
        Authority ca = makeCa();
        BigInteger compromised = new BigInteger("123456789abcdef0123456789abcdef", 16);
        BigInteger unspecified = BigInteger.valueOf(0x80); // a leading 0x00 octet in DER
        Instant revokedAt = NOW.minus(Duration.ofHours(3));
        byte[] der = CrlBuilder.build(ca, List.of(new RevokedEntry(compromised, revokedAt, 1, revokedAt),
                new RevokedEntry(unspecified, revokedAt, 0, revokedAt)), BigInteger.valueOf(42), NOW, NOW.plus(Duration.ofDays(1)));

        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
        crl.verify(ca.certificate().getPublicKey());
        assertEquals(2, crl.getVersion());
        assertEquals(ca.certificate().getSubjectX500Principal(), crl.getIssuerX500Principal());
        assertEquals(Date.from(NOW), crl.getThisUpdate());
        assertEquals(Date.from(NOW.plus(Duration.ofDays(1))), crl.getNextUpdate());
        assertEquals(CRLReason.KEY_COMPROMISE, crl.getRevokedCertificate(compromised).getRevocationReason());
        assertEquals(Date.from(revokedAt), crl.getRevokedCertificate(compromised).getRevocationDate());
        assertNull(crl.getRevokedCertificate(unspecified).getRevocationReason(), "5.3.1: absent for unspecified");
        assertNotNull(crl.getRevokedCertificate(unspecified).getExtensionValue(Extension.invalidityDate.getId()));

        X509CRLHolder holder = new X509CRLHolder(der);
        assertEquals(BigInteger.valueOf(42), org.bouncycastle.asn1.x509.CRLNumber.getInstance(
                holder.getExtension(Extension.cRLNumber).getParsedValue()).getCRLNumber());
        assertNotNull(holder.getExtension(Extension.authorityKeyIdentifier));
        assertArrayEquals(der, holder.getEncoded(), "canonical DER: Bouncy Castle re-encodes the same bytes");
    }

    @Test
    void anEmptyCrlHasNoRevokedCertificatesAndDatesFrom2050AreGeneralizedTime() throws Exception {
        Authority ca = makeCa();
        Instant late = Instant.parse("2050-01-02T03:04:05Z");
        byte[] der = CrlBuilder.build(ca, List.of(), BigInteger.ONE, late, late.plus(Duration.ofDays(1)));
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
        crl.verify(ca.certificate().getPublicKey());
        assertNull(crl.getRevokedCertificates());
        assertEquals(Date.from(late), crl.getThisUpdate());
        assertArrayEquals(der, new X509CRLHolder(der).getEncoded());
    }

    private static Authority makeCa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var keys = generator.generateKeyPair();
        var certificate = CertificateSigner.selfSigned(new X500Principal("CN=upki-sim TEST CRL unit CA"), keys, BigInteger.TEN,
                NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(365 * 30))).sign();
        return new Authority(CaRole.CLIENT, certificate, keys.getPrivate());
    }
}

package dev.upkisim.mail;

import dev.upkisim.ca.Authority;
import dev.upkisim.ca.CaHierarchy;
import dev.upkisim.ca.CaRole;
import dev.upkisim.ca.CertificateSigner;
import dev.upkisim.ca.Serials;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * The certificate and key the notices are signed with: the simulator's "CA Support Center" (SPEC 1.4: the real
 * mails are S/MIME signed by the CA support centre). An end-entity S/MIME certificate from the hierarchy's
 * {@code smime} CA: keyUsage digitalSignature (critical), extendedKeyUsage emailProtection, subjectAltName
 * rfc822Name = the From address (RFC 8550 3: the signer's address is matched against it), not a CA.
 *
 * <p>Deliberately minimal and kept in {@code mail}; the general end-entity profiles live elsewhere.
 *
 * @param chain the issuing CA certificates above {@code certificate}, nearest first (usually the S/MIME CA and the
 *              root); they travel in the signature so that a verifier needs only the root
 */
public record SigningIdentity(X509Certificate certificate, PrivateKey privateKey, List<X509Certificate> chain) {
    public static final X500Principal SUBJECT =
            new X500Principal("CN=CA Support Center (simulated), O=upki-sim (simulated), C=JP");
    static final int VALIDITY_YEARS = 2;

    public SigningIdentity {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
    }

    /**
     * Issues the signing certificate from the hierarchy's S/MIME CA, valid from a day before the earlier of
     * simulated and wall time until {@value #VALIDITY_YEARS} years after the later (as the CAs are, so that outside
     * verifiers on the real clock accept it too); the chain is the S/MIME CA and the root.
     */
    public static SigningIdentity caSupportCenter(CaHierarchy hierarchy, String fromAddress, Instant simulatedNow,
                                                  Instant wallNow, KeyPair keys) {
        Instant earlier = simulatedNow.isBefore(wallNow) ? simulatedNow : wallNow;
        Instant later = simulatedNow.isBefore(wallNow) ? wallNow : simulatedNow;
        Instant notAfter = later.atOffset(ZoneOffset.UTC).plusYears(VALIDITY_YEARS).toInstant();
        return issue(hierarchy.get(CaRole.SMIME), List.of(hierarchy.root().certificate()), fromAddress,
                earlier.minus(Duration.ofDays(1)), notAfter, keys);
    }

    /**
     * Issues the signing certificate from {@code smimeCa}.
     *
     * @param above the certificates above the S/MIME CA (the root), nearest first
     */
    public static SigningIdentity issue(Authority smimeCa, List<X509Certificate> above, String fromAddress,
                                        Instant notBefore, Instant notAfter, KeyPair keys) {
        Mail.requireAddress(fromAddress, "signing address");
        X509Certificate certificate = CertificateSigner.issuedBy(smimeCa, SUBJECT, keys.getPublic(),
                        Serials.random128(), notBefore, notAfter)
                .extension(Extension.basicConstraints, true, new BasicConstraints(false))
                .extension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .extension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection))
                .extension(Extension.subjectAlternativeName, false,
                        new DERSequence(new GeneralName(GeneralName.rfc822Name, fromAddress)))
                .sign();
        List<X509Certificate> chain = new ArrayList<>(List.of(smimeCa.certificate()));
        chain.addAll(above);
        return new SigningIdentity(certificate, keys.getPrivate(), chain);
    }

    @Override
    public String toString() {
        return "SigningIdentity[" + certificate.getSubjectX500Principal().getName() + ", serial "
                + certificate.getSerialNumber() + "]";
    }
}

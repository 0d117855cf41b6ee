package dev.upkisim.ca;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * The delegated OCSP signing certificate of one issuing CA (RFC 6960 4.2.2.2: issued directly by the CA that
 * issued the certificates in question, with id-kp-OCSPSigning in its extended key usage). It carries
 * id-pkix-ocsp-nocheck (RFC 6960 4.2.2.2.1), so clients do not ask for its own status, and is valid as long as
 * its CA from the simulated now.
 */
public final class OcspSigningCertificate {
    private OcspSigningCertificate() {
    }

    public static X509Certificate issue(Authority ca, KeyPair keys, Instant now) {
        X500Principal subject = new X500Principal("CN=" + commonName(ca) + " OCSP Responder, O=upki-sim TEST, C=JP");
        return CertificateSigner.issuedBy(ca, subject, keys.getPublic(), Serials.random128(), now.minusSeconds(60),
                        ca.certificate().getNotAfter().toInstant())
                .extension(Extension.basicConstraints, true, new BasicConstraints(false))
                .extension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .extension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_OCSPSigning))
                .extension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, false, DERNull.INSTANCE)
                .sign();
    }

    private static String commonName(Authority ca) {
        String name = ca.certificate().getSubjectX500Principal().getName();
        for (String part : name.split(",(?=[A-Z]+=)")) {
            if (part.startsWith("CN=")) {
                return part.substring(3);
            }
        }
        return "upki-sim " + ca.id();
    }
}

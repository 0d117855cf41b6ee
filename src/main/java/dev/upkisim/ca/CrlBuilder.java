package dev.upkisim.ca;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Enumerated;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Builds and signs one X.509 v2 CRL of an issuing CA (RFC 5280 section 5), SHA-256/RSA: issuer = the CA's
 * subject (5.1.2.3), thisUpdate/nextUpdate as given (5.1.2.4, 5.1.2.5 — the caller passes the simulated clock),
 * the authority key identifier (5.2.1) and the CRL number (5.2.3). Each entry carries the serial and revocation
 * date (5.1.2.6), the reason code unless it is unspecified (5.3.1: "the reason code ... SHOULD be absent" then)
 * and the invalidity date (5.3.2). Input in, DER out: nothing here touches the store.
 */
public final class CrlBuilder {
    private CrlBuilder() {
    }

    public static byte[] build(Authority issuer, List<RevokedEntry> revoked, BigInteger crlNumber, Instant thisUpdate,
                               Instant nextUpdate) {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(
                    X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded()),
                    Date.from(thisUpdate));
            builder.setNextUpdate(Date.from(nextUpdate));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer.certificate()));
            builder.addExtension(Extension.cRLNumber, false, new ASN1Integer(crlNumber));
            for (RevokedEntry entry : revoked) {
                builder.addCRLEntry(entry.serial(), Date.from(entry.revokedAt()), entryExtensions(entry).generate());
            }
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(issuer.privateKey());
            return builder.build(signer).getEncoded();
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot build the " + issuer.id() + " CRL", e);
        }
    }

    private static ExtensionsGenerator entryExtensions(RevokedEntry entry) throws IOException {
        ExtensionsGenerator extensions = new ExtensionsGenerator();
        if (entry.reason() != CRLReason.unspecified) {
            extensions.addExtension(Extension.reasonCode, false, new ASN1Enumerated(entry.reason()));
        }
        if (entry.invalidityDate() != null) {
            extensions.addExtension(Extension.invalidityDate, false,
                    new ASN1GeneralizedTime(Date.from(entry.invalidityDate())));
        }
        return extensions;
    }
}

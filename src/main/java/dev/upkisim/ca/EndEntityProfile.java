package dev.upkisim.ca;

import dev.upkisim.core.CertificateProfile;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * What differs between the kinds of end-entity certificate (SPEC 1.2 profile IDs): which CA issues them,
 * whose name they carry and what they may be used for. What all of them share is in
 * {@link EndEntityBaseExtensions}.
 */
interface EndEntityProfile {

    /** The CA that signs this kind of certificate. */
    CaRole issuingCa();

    /** The subject DN the certificate carries. */
    X500Principal subject(EndEntityRequest request);

    /** Adds this kind's own extensions: extended key usage and subject alternative name. */
    void addExtensions(CertificateSigner signer, EndEntityRequest request);

    /**
     * The keyUsage bits (RFC 5280 4.2.1.3): by default digitalSignature + keyEncipherment, for the RSA keys the
     * simulator generates (signatures, and RSA key transport for S/MIME encryption).
     */
    default KeyUsage keyUsage(EndEntityRequest request) {
        return new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment);
    }

    static EndEntityProfile of(CertificateProfile.Kind kind) {
        return switch (kind) {
            case CLIENT -> new ClientCertificateProfile();
            case SMIME -> new SmimeCertificateProfile();
            case RA_OPERATOR -> new RaOperatorCertificateProfile();
            case SERVER -> new ServerCertificateProfile();
        };
    }
}

package dev.upkisim.ca;

import dev.upkisim.core.CertificateProfile;
import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * Issues end-entity certificates per profile (SPEC 1.2 profile IDs, SPEC 1.1 repository URLs).
 *
 * <ul>
 *   <li>issuing CA by profile kind: client (5 / 13 / 14) and RA operator (1) certificates from the
 *       {@code client} CA, S/MIME (7 / 15 / 16) from the {@code smime} CA;</li>
 *   <li>validity: {@link EndEntityValidity} (the profile's calendar months in UTC), which must lie inside the
 *       issuing CA's own validity: a CA does not sign for longer than it lives (RFC 5280 6.1.3 would refuse
 *       the certificate past the CA's {@code notAfter});</li>
 *   <li>extensions: {@link EndEntityBaseExtensions} for all, then the kind's own
 *       ({@link ClientCertificateProfile}, {@link SmimeCertificateProfile}, {@link RaOperatorCertificateProfile}).</li>
 * </ul>
 *
 * Signed with SHA-256/RSA; the serial is the request's (128 random bits, {@link Serials#random128()}).
 */
public final class EndEntityIssuer {
    private EndEntityIssuer() {
    }

    /**
     * @throws IllegalArgumentException when the request does not fit its profile (an S/MIME request without a
     *                                  usable e-mail, a client request without a subject, a period the CA does not cover)
     */
    public static X509Certificate issue(CaHierarchy hierarchy, EndEntityRequest request) {
        EndEntityProfile profile = EndEntityProfile.of(request.profile().kind());
        Authority ca = hierarchy.get(profile.issuingCa());
        EndEntityValidity validity = EndEntityValidity.of(request.profile(), request.notBefore());
        requireInside(ca, validity);
        CertificateSigner signer = CertificateSigner.issuedBy(ca, profile.subject(request), request.publicKey(),
                request.serial(), validity.notBefore(), validity.notAfter());
        EndEntityBaseExtensions.add(signer, ca.role(), new RepositoryUrls(request.publicBaseUrl()));
        profile.addExtensions(signer, request);
        return signer.sign();
    }

    /** The CA that issues certificates of this profile: {@link CaRole#CLIENT} or {@link CaRole#SMIME}. */
    public static CaRole issuingCa(CertificateProfile profile) {
        return EndEntityProfile.of(profile.kind()).issuingCa();
    }

    private static void requireInside(Authority ca, EndEntityValidity validity) {
        Instant caStart = ca.certificate().getNotBefore().toInstant();
        Instant caEnd = ca.certificate().getNotAfter().toInstant();
        if (validity.notBefore().isBefore(caStart) || validity.notAfter().isAfter(caEnd)) {
            throw new IllegalArgumentException("the " + ca.id() + " CA is valid from " + caStart + " to " + caEnd
                    + " and cannot issue a certificate valid from " + validity.notBefore() + " to " + validity.notAfter());
        }
    }
}

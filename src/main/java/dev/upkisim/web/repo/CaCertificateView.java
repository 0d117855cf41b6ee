package dev.upkisim.web.repo;

import dev.upkisim.ca.Authority;
import dev.upkisim.ca.Fingerprints;
import java.net.URI;
import java.time.Instant;

/**
 * One entry of {@code GET /repo/ca.json}. Fingerprints are formatted as the seed's FAQ prints them; the
 * serial is decimal, as everywhere in UPKI (SPEC 1.2).
 */
record CaCertificateView(String id, String role, String subject, String issuer, String serial, Instant notBefore,
                         Instant notAfter, String sha1, String sha256, String pem, String der) {

    static CaCertificateView of(Authority authority, URI base) {
        var certificate = authority.certificate();
        String file = base + RepositoryFace.CERTIFICATE_PATH + authority.id();
        return new CaCertificateView(authority.id(), authority.role().id(),
                certificate.getSubjectX500Principal().getName(), certificate.getIssuerX500Principal().getName(),
                certificate.getSerialNumber().toString(), certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(), Fingerprints.sha1(certificate), Fingerprints.sha256(certificate),
                file + ".pem", file + ".der");
    }
}

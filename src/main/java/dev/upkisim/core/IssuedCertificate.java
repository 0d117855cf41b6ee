package dev.upkisim.core;

import java.math.BigInteger;
import java.time.Instant;

/**
 * A certificate upki-sim issued, as the store keeps it. {@code requestedDn} is the TSV's column 1 (what mails
 * and the certificate list repeat); {@code subjectDn} is the DN actually in the certificate (S/MIME: the e-mail
 * address only).
 */
public record IssuedCertificate(BigInteger serial, Long applicationId, String institutionId, CertificateProfile profile,
                                String issuerId, String subjectDn, String requestedDn, String userEmail,
                                Instant notBefore, Instant notAfter, byte[] der, Instant issuedAt,
                                Instant downloadedAt, Instant revokedAt, Integer revocationReason) {

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean validAt(Instant now) {
        return !revoked() && !now.isBefore(notBefore) && now.isBefore(notAfter);
    }
}

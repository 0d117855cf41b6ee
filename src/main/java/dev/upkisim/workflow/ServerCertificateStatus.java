package dev.upkisim.workflow;

import dev.upkisim.core.ApplicationState;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;

/**
 * Where a server certificate application stands, for the portal (SPEC 1.5 home page: 申請中 / 有効 / 失効 /
 * 期限切れ / エラー). {@code state}: RECEIVED while the NII processing delay runs, ISSUED once the certificate
 * exists (final), FAILED if the CA refused it. The certificate fields are null until ISSUED.
 */
public record ServerCertificateStatus(long applicationId, String institutionId, ApplicationState state, String subjectDn,
                                      String fqdn, List<String> dnsNames, String adminEmail, Instant appliedAt,
                                      BigInteger serial, Instant notBefore, Instant notAfter, boolean revoked) {

    public ServerCertificateStatus {
        dnsNames = List.copyOf(dnsNames);
    }

    public boolean issued() {
        return serial != null;
    }

    /** Issued, not revoked, and {@code now} inside its validity (both ends included, RFC 5280 4.1.2.5). */
    public boolean validAt(Instant now) {
        return issued() && !revoked && !now.isBefore(notBefore) && !now.isAfter(notAfter);
    }
}

package dev.upkisim.core;

import java.math.BigInteger;

/**
 * One accepted TSV row, as the NII side records it (SPEC 1.2 columns). Fields a row type does not have are
 * {@code null}: a revocation has no profile or names, an issue has no target serial, a client or S/MIME
 * application has no {@link ServerDetails}.
 *
 * @param seq          the row number in the uploaded file (1-based), the upload page's SEQ
 * @param subjectDn    column 1 exactly as uploaded; mails repeat it verbatim
 * @param targetSerial renew: the certificate replaced (column 4); revoke: the certificate revoked (column 4)
 * @param server       server certificate applications only (profile kind SERVER): CSR, FQDN, software, names;
 *                     their admin is columns 8–10 and they have no user, download method or PIN
 */
public record ApplicationRequest(int seq, ApplyType type, CertificateProfile profile, String subjectDn,
                                 Integer downloadMethod, String adminName, String adminAffiliation, String adminEmail,
                                 String userName, String p12FileName, String userAffiliation, String userEmail,
                                 String accessPin, BigInteger targetSerial, Integer revokeReason,
                                 String revokeComment, ServerDetails server) {

    /** A client, S/MIME or revocation request: no server details. */
    public ApplicationRequest(int seq, ApplyType type, CertificateProfile profile, String subjectDn,
                              Integer downloadMethod, String adminName, String adminAffiliation, String adminEmail,
                              String userName, String p12FileName, String userAffiliation, String userEmail,
                              String accessPin, BigInteger targetSerial, Integer revokeReason, String revokeComment) {
        this(seq, type, profile, subjectDn, downloadMethod, adminName, adminAffiliation, adminEmail, userName,
                p12FileName, userAffiliation, userEmail, accessPin, targetSerial, revokeReason, revokeComment, null);
    }

    /** True for a server certificate application (issued from its CSR, nothing to pick up). */
    public boolean isServer() {
        return server != null;
    }
}

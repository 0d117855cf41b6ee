package dev.upkisim.core;

import java.math.BigInteger;

/**
 * One accepted TSV row, as the NII side records it (SPEC 1.2 columns). Fields a row type does not have are
 * {@code null}: a revocation has no profile or names, an issue has no target serial.
 *
 * @param seq          the row number in the uploaded file (1-based), the upload page's SEQ
 * @param subjectDn    column 1 exactly as uploaded; mails repeat it verbatim
 * @param targetSerial renew: the certificate replaced (column 4); revoke: the certificate revoked (column 4)
 */
public record ApplicationRequest(int seq, ApplyType type, CertificateProfile profile, String subjectDn,
                                 Integer downloadMethod, String adminName, String adminAffiliation, String adminEmail,
                                 String userName, String p12FileName, String userAffiliation, String userEmail,
                                 String accessPin, BigInteger targetSerial, Integer revokeReason,
                                 String revokeComment) {
}

package dev.upkisim.tsv;

import dev.upkisim.core.CertificateProfile;
import java.math.BigInteger;

/**
 * What the TSV check needs to know about a certificate the institution already has: renew and revoke rows name
 * one by serial, and its DN must match theirs.
 *
 * @param subjectDn TSV column 1 of the application that issued it, exactly as given then
 * @param revoked   true once revoked (a revoked certificate can be neither renewed nor revoked again)
 */
public record RegisteredCertificate(BigInteger serial, String subjectDn, CertificateProfile profile, boolean revoked) {
}

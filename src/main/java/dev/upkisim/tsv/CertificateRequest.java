package dev.upkisim.tsv;

import dev.upkisim.core.CertificateProfile;
import java.util.Optional;

/**
 * The certificate an issue or renew row asks for (SPEC 1.2, issue columns 1–3 and 8–15).
 *
 * @param subjectDn      column 1 exactly as given
 * @param profile        column 2, a client (5, 13, 14) or S/MIME (7, 15, 16) profile
 * @param downloadMethod column 3
 * @param admin          columns 8, 9, 10
 * @param user           columns 11, 13, 14
 * @param p12FileName    column 12
 * @param accessPin      column 15, only with {@link DownloadMethod#P12_BULK}
 */
public record CertificateRequest(String subjectDn, CertificateProfile profile, DownloadMethod downloadMethod,
                                 Person admin, Person user, String p12FileName, Optional<String> accessPin) {
}

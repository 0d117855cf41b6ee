package dev.upkisim.tsv;

import dev.upkisim.core.CertificateProfile;
import java.util.List;

/**
 * A valid row of a server certificate issue file (SPEC 1.2, 13 columns; {@link ServerColumn}). Its CSR passed
 * {@code ca.ServerCsrCheck} against the institution's domains.
 *
 * @param subjectDn      column 1 exactly as given (no OU); its CN is the FQDN
 * @param csr            column 7 as given (one line)
 * @param admin          columns 8, 9, 10 (加入者: the server's administrator, who gets the notice)
 * @param fqdn           column 11
 * @param serverSoftware column 12
 * @param dnsNames       the names the certificate carries: the FQDN first, then column 13's, lower case, distinct
 */
public record ServerIssueRow(int row, String subjectDn, CertificateProfile profile, String csr, Person admin,
                             String fqdn, String serverSoftware, List<String> dnsNames) implements AcceptedRow {

    public ServerIssueRow {
        dnsNames = List.copyOf(dnsNames);
    }

    /** A server row has no user: the result page's メールアドレス column shows the admin's (column 10). */
    @Override
    public String userEmail() {
        return admin.email();
    }
}

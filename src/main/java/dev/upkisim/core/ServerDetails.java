package dev.upkisim.core;

import java.util.List;
import java.util.Objects;

/**
 * What a server certificate application carries beyond the common columns (SPEC 1.2 server TSV columns 7, 11,
 * 12, 13; the portal's server form of SPEC 1.5 fills the same fields).
 *
 * @param csrPem         column 7: the PKCS#10 request as the application gave it (one line in a TSV cell)
 * @param fqdn           column 11: the server's FQDN, which is the subject's CN and the first dNSName
 * @param serverSoftware column 12: server software name and version, as given
 * @param dnsNames       every dNSName the certificate is to carry, the FQDN first, lower case, no duplicates
 */
public record ServerDetails(String csrPem, String fqdn, String serverSoftware, List<String> dnsNames) {
    public ServerDetails {
        Objects.requireNonNull(csrPem, "csrPem");
        Objects.requireNonNull(fqdn, "fqdn");
        dnsNames = List.copyOf(dnsNames);
        if (dnsNames.isEmpty()) {
            throw new IllegalArgumentException("a server certificate names at least its FQDN");
        }
    }
}

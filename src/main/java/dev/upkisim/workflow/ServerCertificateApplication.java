package dev.upkisim.workflow;

import dev.upkisim.ca.ServerCsr;
import dev.upkisim.core.CertificateProfile;
import dev.upkisim.core.Institution;
import java.util.List;
import java.util.Objects;

/**
 * A server certificate application as the J-UPKI portal takes it from a server admin (SPEC 1.5: "upload a CSR,
 * choose FQDN and SANs within the institution's domains"). {@link UploadService#applyForServerCertificate} turns
 * it into one row of the 13-column server TSV (SPEC 1.2) and uploads that as an RA would, so the portal's
 * applications meet exactly the checks, errors, delays and mails of a TSV upload.
 *
 * @param csrPem          the CSR as the admin gave it (PEM, with or without line breaks)
 * @param fqdn            the server's FQDN: the subject's CN (the DN is {@code CN=<fqdn>, } + the institution's
 *                        DN base, without OU) and the first dNSName
 * @param extraDnsNames   further dNSNames, at most 8 (the FQDN may be repeated)
 * @param serverSoftware  server software name and version (TSV column 12, required)
 * @param adminName       the server admin's name (column 8), {@code adminAffiliation} (9), {@code adminEmail} (10):
 *                        the admin gets the certificate's notice
 */
public record ServerCertificateApplication(String csrPem, String fqdn, List<String> extraDnsNames, String serverSoftware,
                                           String adminName, String adminAffiliation, String adminEmail) {
    /** The file name the portal's uploads carry in the store. */
    static final String FILE_NAME = "jupki-server-application.tsv";

    public ServerCertificateApplication {
        extraDnsNames = List.copyOf(extraDnsNames);
    }

    /** The subject DN the application asks for: CN = the FQDN, then the institution's O, L, [ST,] C. */
    public String subjectDn(Institution institution) {
        return "CN=" + text(fqdn) + ", " + institution.dnBase();
    }

    /**
     * The TSV row (without line break): the CSR on one line, names in column 13 separated by commas. Form
     * fields are single-line: a tab or line break in one becomes a space, so one application stays one row.
     */
    String tsvLine(Institution institution) {
        return String.join("\t", subjectDn(institution), String.valueOf(CertificateProfile.SERVER.id()), "", "", "", "",
                ServerCsr.oneLine(Objects.requireNonNullElse(csrPem, "")).replace("\t", ""), text(adminName),
                text(adminAffiliation), text(adminEmail), text(fqdn), text(serverSoftware),
                String.join(",", extraDnsNames.stream().map(ServerCertificateApplication::text).toList()));
    }

    private static String text(String value) {
        return value == null ? "" : value.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}

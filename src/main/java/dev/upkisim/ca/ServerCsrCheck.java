package dev.upkisim.ca;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a server certificate can be issued for a CSR and the names applied for — the checks of SPEC 1.2
 * ("Server certificates: RSA 2048, no OU, no e-mail"), 1.5 (FQDN and SANs within the institution's domains) and
 * 1.8 ("one CN plus up to 8 FQDNs"), shared by the TSV upload, the portal and (later) ACME:
 *
 * <ol>
 *   <li>the text is one PEM PKCS#10 request ({@link ServerCsr}); if not, only the name checks follow;</li>
 *   <li>its self-signature verifies (RFC 2986 4.2);</li>
 *   <li>its key is allowed ({@link ServerKeyPolicy});</li>
 *   <li>its subject has no OU (BR 7.1.4.2.2: subject:organizationalUnitName prohibited; UPKI refuses an OU not on
 *       its allow-list, error 371, and the simulator's list is empty) and no e-mail address;</li>
 *   <li>its subject has a CN, and the CN is one of the names applied for (BR 7.1.4.3);</li>
 *   <li>each name is a valid FQDN, no wildcard ({@link DnsName}), within the institution's domains;</li>
 *   <li>at most {@value #MAX_NAMES} distinct names: the CN and eight more.</li>
 * </ol>
 * The certificate's subject and names come from the application, not from the CSR: the CSR proves possession of
 * the key and says which server it is for; its O, L, ST, C and any SANs it requests are not checked (our
 * choice; the 2015 project's page asked the CSR DN to match column 1, the portal composes the DN itself).
 */
public final class ServerCsrCheck {
    /** SPEC 1.8: one CN plus up to 8 FQDNs. */
    public static final int MAX_NAMES = 9;

    private ServerCsrCheck() {
    }

    /**
     * @param csrText    the CSR as given (PEM, or one line as in a TSV cell)
     * @param fqdn       the server's FQDN: the certificate's CN and first dNSName
     * @param extraNames further dNSNames (the FQDN may be repeated; duplicates are dropped)
     * @param domains    the institution's registered domains ({@code Institution.domains()})
     */
    public static CsrInspection inspect(String csrText, String fqdn, List<String> extraNames, List<String> domains) {
        List<CsrProblem> problems = new ArrayList<>();
        Optional<ServerCsr> csr = ServerCsr.parse(csrText);
        Set<String> names = names(fqdn, extraNames);
        if (csr.isEmpty()) {
            problems.add(CsrProblem.unreadable());
        } else {
            problems.addAll(csrProblems(csr.get(), names));
        }
        for (String name : names) {
            if (DnsName.isWildcard(name)) {
                problems.add(CsrProblem.wildcard(name));
            } else if (!DnsName.isValid(name)) {
                problems.add(CsrProblem.invalidName(name));
            } else if (!DnsName.isWithin(name, domains)) {
                problems.add(CsrProblem.outsideDomains(name, domains));
            }
        }
        if (names.size() > MAX_NAMES) {
            problems.add(CsrProblem.tooManyNames(names.size(), MAX_NAMES));
        }
        return new CsrInspection(csr, List.copyOf(names), problems);
    }

    private static List<CsrProblem> csrProblems(ServerCsr csr, Set<String> names) {
        List<CsrProblem> problems = new ArrayList<>();
        if (!csr.signatureValid()) {
            problems.add(CsrProblem.badSignature());
        }
        if (!ServerKeyPolicy.allowed(csr.keyInfo())) {
            problems.add(CsrProblem.keyNotAllowed(ServerKeyPolicy.describe(csr.keyInfo())));
        }
        if (!csr.organizationalUnits().isEmpty()) {
            problems.add(CsrProblem.organizationalUnit());
        }
        if (csr.hasEmailAddress()) {
            problems.add(CsrProblem.emailInSubject());
        }
        Optional<String> commonName = csr.commonName();
        if (commonName.isEmpty()) {
            problems.add(CsrProblem.noCommonName());
        } else if (!names.contains(DnsName.normalize(commonName.get()))) {
            problems.add(CsrProblem.commonNameNotRequested(commonName.get()));
        }
        return problems;
    }

    /** The FQDN first, then the others in order; lower case, blanks dropped, no duplicates. */
    static Set<String> names(String fqdn, List<String> extraNames) {
        Set<String> names = new LinkedHashSet<>();
        names.add(fqdn == null ? "" : DnsName.normalize(fqdn.strip()));
        for (String name : extraNames) {
            if (name != null && !name.isBlank()) {
                names.add(DnsName.normalize(name.strip()));
            }
        }
        return names;
    }
}

package dev.upkisim.ca;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link ServerCsrCheck#inspect}: every problem found, in the order CSR (readable, signature,
 * key, subject) then names, and what was understood.
 *
 * @param csr      the parsed request, empty when it is unreadable
 * @param dnsNames the names the certificate would carry: the FQDN first, then the others in the order given,
 *                 lower case, without duplicates (also when there are problems, for display)
 * @param problems empty when the request can be issued
 */
public record CsrInspection(Optional<ServerCsr> csr, List<String> dnsNames, List<CsrProblem> problems) {

    public CsrInspection {
        dnsNames = List.copyOf(dnsNames);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public boolean has(CsrProblem.Kind kind) {
        return problems.stream().anyMatch(problem -> problem.kind() == kind);
    }
}

package dev.upkisim.tsv;

import dev.upkisim.ca.CsrInspection;
import dev.upkisim.ca.CsrProblem;
import dev.upkisim.ca.DnsName;
import dev.upkisim.ca.ServerCsrCheck;
import dev.upkisim.core.CertificateProfile;
import dev.upkisim.core.Institution;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one row of a server certificate issue file on its own (SPEC 1.2, {@link ServerColumn}), without stored
 * data: the column count (207), each column's rules ({@link RowReader}), and the rules that join columns:
 * <ul>
 *   <li>the DN's O, L, ST and C are the uploading institution's (206, as for client rows);</li>
 *   <li>no OU in the DN (371, real: the simulator's OU allow-list is empty — BR 7.1.4.2.2);</li>
 *   <li>the profile is a server profile (203); columns 3–6 empty (203, NII: 「予約済 何も入力しないでください」);</li>
 *   <li>the FQDN (column 11) is the DN's CN (210; NII: 「主体者DN(#1)のCNと一致すること」);</li>
 *   <li>the CSR and the names pass {@link ServerCsrCheck} against the institution's domains — each problem on the
 *       column it concerns (a name on 11 or 13, the rest on 7), the first one per column (the error page shows
 *       one error per field).</li>
 * </ul>
 */
final class ServerRowCheck {
    private final Institution institution;

    ServerRowCheck(Institution institution) {
        this.institution = institution;
    }

    /**
     * True when a file is in the server format — our rule, since the real service has a separate menu for it:
     * its first line has 13 columns (client lines have 14 or 15) and a server profile ID in column 2. A file
     * that is not stays a client file, checked exactly as before.
     */
    static boolean isServerFile(List<TsvLine> lines) {
        if (lines.isEmpty() || lines.get(0).fields().size() != ServerColumn.COLUMNS) {
            return false;
        }
        String profile = lines.get(0).field(ServerColumn.PROFILE_ID);
        return profile.matches("[0-9]{1,2}") && serverProfile(Integer.parseInt(profile)).isPresent();
    }

    RowResult check(TsvLine line) {
        RowReader reader = new RowReader(line);
        if (line.fields().size() != ServerColumn.COLUMNS) {
            reader.report(TsvErrors.columnCount(line.row()));
            return new RejectedRow(line.row(), reader.errors());
        }
        Optional<SubjectDn> dn = reader.subjectDn();
        if (dn.isPresent() && !dn.get().belongsTo(institution.dnBase())) {
            reader.report(TsvErrors.badDn(line.row()));
            dn = Optional.empty();
        } else if (dn.isPresent() && dn.get().rdns().stream().anyMatch(rdn -> rdn.type().equals("OU"))) {
            reader.report(TsvErrors.ouNotAllowed(line.row()));
            dn = Optional.empty();
        }
        Optional<CertificateProfile> profile = reader.code(ServerColumn.PROFILE_ID, ServerRowCheck::serverProfile);
        for (ServerColumn reserved : List.of(ServerColumn.RESERVED_3, ServerColumn.RESERVED_4, ServerColumn.RESERVED_5,
                ServerColumn.RESERVED_6)) {
            reader.mustBeEmpty(reserved);
        }
        Optional<String> csr = reader.raw(ServerColumn.CSR, true);
        Optional<String> adminName = reader.text(ServerColumn.ADMIN_NAME, true);
        Optional<String> adminAffiliation = reader.text(ServerColumn.ADMIN_AFFILIATION, true);
        Optional<String> adminEmail = reader.email(ServerColumn.ADMIN_EMAIL);
        Optional<String> fqdn = reader.raw(ServerColumn.FQDN, true);
        Optional<String> software = reader.text(ServerColumn.SERVER_SOFTWARE, true);
        Optional<String> extraNames = reader.raw(ServerColumn.DNS_NAMES, false);

        if (dn.isPresent() && fqdn.isPresent() && !dn.get().commonName().equalsIgnoreCase(fqdn.get())) {
            reader.report(TsvErrors.fqdnNotCommonName(line.row()));
        }
        Set<String> inError = new HashSet<>(reader.errors().stream().map(RowError::field).toList());
        List<String> dnsNames = List.of();
        if (csr.isPresent() && fqdn.isPresent() && !inError.contains(ServerColumn.DNS_NAMES.label())) {
            CsrInspection inspection = ServerCsrCheck.inspect(csr.get(), fqdn.get(), split(extraNames), institution.domains());
            for (CsrProblem problem : inspection.problems()) {
                TsvColumn column = columnOf(problem, fqdn.get());
                if (inError.add(column.label())) {
                    reader.report(TsvErrors.csrProblem(line.row(), column, problem));
                }
            }
            dnsNames = inspection.dnsNames();
        }
        if (reader.hasErrors()) {
            return new RejectedRow(line.row(), sorted(reader.errors()));
        }
        return new ServerIssueRow(line.row(), dn.orElseThrow().text(), profile.orElseThrow(), csr.orElseThrow(),
                new Person(adminName.orElseThrow(), adminAffiliation.orElseThrow(), adminEmail.orElseThrow()),
                fqdn.orElseThrow(), software.orElseThrow(), dnsNames);
    }

    /** Column 13: names separated by commas and/or half-width spaces (our choice, see {@link ServerColumn}). */
    static List<String> split(Optional<String> names) {
        return names.map(text -> Arrays.stream(text.split("[,\\s]+")).filter(name -> !name.isEmpty()).toList())
                .orElse(List.of());
    }

    private static TsvColumn columnOf(CsrProblem problem, String fqdn) {
        return switch (problem.kind()) {
            case INVALID_NAME, WILDCARD_NAME, OUTSIDE_DOMAINS -> DnsName.normalize(fqdn.strip()).equals(problem.name())
                    ? ServerColumn.FQDN : ServerColumn.DNS_NAMES;
            case TOO_MANY_NAMES -> ServerColumn.DNS_NAMES;
            default -> ServerColumn.CSR;
        };
    }

    /** Errors in column order, as for client rows. */
    private static List<RowError> sorted(List<RowError> errors) {
        return errors.stream().sorted(java.util.Comparator.comparingInt(ServerRowCheck::columnNumber)).toList();
    }

    private static int columnNumber(RowError error) {
        return Arrays.stream(ServerColumn.values()).filter(column -> column.label().equals(error.field())
                || column.reservedLabel().equals(error.field())).mapToInt(ServerColumn::number).findFirst().orElse(0);
    }

    private static Optional<CertificateProfile> serverProfile(int id) {
        return CertificateProfile.byId(id).filter(profile -> profile.kind() == CertificateProfile.Kind.SERVER);
    }
}

package dev.upkisim.tsv;

import dev.upkisim.core.ApplyType;
import dev.upkisim.core.Institution;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an uploaded client or server certificate TSV file the way the NII issuance system does before it
 * processes anything (SPEC 1.2): the upload itself (208 no file, 209 extension .tsv/.txt only, 215 institution
 * inactive), the file ({@link TsvDecoder}: 211, 213, 214), each row on its own ({@link RequestRowCheck},
 * {@link RevokeRowCheck}; an issue file in the 13-column server format — {@link ServerRowCheck#isServerFile} —
 * row by row with {@link ServerRowCheck}, at most {@value ServerColumn#MAX_ROWS} rows, else 214), then the rows
 * against each other and against issued certificates:
 * <ul>
 *   <li>issue and renew: a DN twice in one file (212, second and later occurrences);</li>
 *   <li>renew and revoke: a serial twice in one file (218, ours);</li>
 *   <li>issue, client or server: a DN with valid existing data (212, real);</li>
 *   <li>renew and revoke: the serial unknown to the institution (216), the DN not that certificate's (217),
 *       the certificate already revoked (218) — ours, see {@link TsvErrors}.</li>
 * </ul>
 * Checks against issued certificates run only for rows without errors of their own, and not at all with
 * {@link CertificateRegistry#OFFLINE}. The result is one {@link RowResult} per line; what is then processed is
 * {@link UploadDecision}'s business.
 */
public final class TsvValidator {
    private final Institution institution;
    private final CertificateRegistry registry;
    private final TsvDecoder decoder;

    public TsvValidator(Institution institution, CertificateRegistry registry, int maxRows) {
        this.institution = institution;
        this.registry = registry;
        this.decoder = new TsvDecoder(maxRows);
    }

    public TsvValidator(Institution institution, CertificateRegistry registry) {
        this(institution, registry, TsvDecoder.DEFAULT_MAX_ROWS);
    }

    /**
     * An upload as the page receives it: the file field's name and content, {@code null} when no file was
     * chosen (208). The real page accepts only {@code .tsv} and {@code .txt} (209), in any letter case (ours).
     */
    public ValidationResult validateUpload(String fileName, byte[] content, ApplyType applyType) {
        if (fileName == null || fileName.isBlank() || content == null) {
            return fileError(applyType, TsvErrors.noFile());
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".tsv") && !lower.endsWith(".txt")) {
            return fileError(applyType, TsvErrors.badExtension());
        }
        return validate(content, applyType);
    }

    /** The file's content, as read from an upload whose name already passed. */
    public ValidationResult validate(byte[] content, ApplyType applyType) {
        if (!registry.institutionActive(institution.id())) {
            return fileError(applyType, TsvErrors.institutionInactive());
        }
        DecodedFile file = decoder.decode(content);
        if (file.fileError().isPresent()) {
            return fileError(applyType, file.fileError().get());
        }
        boolean server = applyType == ApplyType.ISSUE && ServerRowCheck.isServerFile(file.lines());
        if (server && file.lines().size() > ServerColumn.MAX_ROWS) {
            return fileError(applyType, TsvErrors.tooManyRecords());
        }
        List<RowResult> rows = new ArrayList<>();
        for (TsvLine line : file.lines()) {
            rows.add(server ? new ServerRowCheck(institution).check(line) : switch (applyType) {
                case ISSUE -> new RequestRowCheck(institution.dnBase(), false).check(line);
                case RENEW -> new RequestRowCheck(institution.dnBase(), true).check(line);
                case REVOKE -> new RevokeRowCheck(institution.dnBase()).check(line);
            });
        }
        rows = new WithinFile(applyType).check(rows);
        if (registry.available()) {
            rows = rows.stream().map(this::againstRegistry).toList();
        }
        return new ValidationResult(applyType, List.of(), rows, registry.available());
    }

    private RowResult againstRegistry(RowResult result) {
        Optional<RowError> error = Optional.empty();
        if ((result instanceof IssueRow || result instanceof ServerIssueRow)
                && registry.subjectInUse(institution.id(), ((AcceptedRow) result).subjectDn())) {
            error = Optional.of(TsvErrors.dnExists(result.row()));
        } else if (result instanceof RenewRow row) {
            error = againstCertificate(row.row(), row.renewedSerial(), row.subjectDn());
        } else if (result instanceof RevokeRow row) {
            error = againstCertificate(row.row(), row.serial(), row.subjectDn());
        }
        return error.<RowResult>map(e -> new RejectedRow(result.row(), List.of(e))).orElse(result);
    }

    private Optional<RowError> againstCertificate(int row, BigInteger serial, String subjectDn) {
        Optional<RegisteredCertificate> certificate = registry.find(institution.id(), serial);
        if (certificate.isEmpty()) {
            return Optional.of(TsvErrors.serialNotFound(row));
        }
        if (!canonical(certificate.get().subjectDn()).equals(canonical(subjectDn))) {
            return Optional.of(TsvErrors.serialOfOtherDn(row));
        }
        return certificate.get().revoked() ? Optional.of(TsvErrors.alreadyRevoked(row)) : Optional.empty();
    }

    private static String canonical(String dn) {
        return SubjectDn.parse(dn).map(SubjectDn::canonical).orElse(dn);
    }

    private static ValidationResult fileError(ApplyType applyType, RowError error) {
        return new ValidationResult(applyType, List.of(error), List.of(), false);
    }

    /** Duplicates inside one file: the first occurrence stands, later ones are rejected. */
    private record WithinFile(ApplyType applyType) {
        List<RowResult> check(List<RowResult> rows) {
            Set<String> dns = new HashSet<>();
            Set<BigInteger> serials = new HashSet<>();
            List<RowResult> checked = new ArrayList<>();
            for (RowResult result : rows) {
                List<RowError> errors = new ArrayList<>();
                if (applyType != ApplyType.REVOKE && result instanceof AcceptedRow row && !dns.add(canonical(row.subjectDn()))) {
                    errors.add(TsvErrors.duplicateDnInFile(row.row()));
                }
                Optional<BigInteger> serial = result instanceof RenewRow row ? Optional.of(row.renewedSerial())
                        : result instanceof RevokeRow row ? Optional.of(row.serial()) : Optional.empty();
                if (serial.isPresent() && !serials.add(serial.get())) {
                    errors.add(TsvErrors.duplicateSerialInFile(result.row()));
                }
                checked.add(errors.isEmpty() ? result : new RejectedRow(result.row(), errors));
            }
            return checked;
        }
    }
}

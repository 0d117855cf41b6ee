package dev.upkisim.cli;

import dev.upkisim.core.Institution;
import dev.upkisim.fixtures.Fixtures;
import dev.upkisim.fixtures.FixturesLoader;
import dev.upkisim.fixtures.InvalidFixturesException;
import dev.upkisim.core.ApplyType;
import dev.upkisim.tsv.CertificateRegistry;
import dev.upkisim.tsv.ErrorPolicy;
import dev.upkisim.tsv.RejectedRow;
import dev.upkisim.tsv.RowError;
import dev.upkisim.tsv.RowResult;
import dev.upkisim.tsv.TsvDecoder;
import dev.upkisim.tsv.TsvValidator;
import dev.upkisim.tsv.UploadDecision;
import dev.upkisim.tsv.ValidationResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code upki-sim tsv check FILE} (SPEC 2: 「validate a TSV as the NII face would」): runs the upload's checks
 * offline and prints one line per row, {@code SEQ<TAB>OK} or {@code SEQ<TAB>NG<TAB>code:row,field,message}
 * (further errors of the same row follow on that line, tab separated; a file-level error has SEQ 0), then
 * summary lines starting with {@code #}. Exit codes: 0 every row valid, 1 a row or the file in error, 2 bad usage.
 *
 * <p>There is no store offline, so the checks against issued certificates (212 DN in use, 216–218 serials) are
 * skipped, and the summary says so. The output is UTF-8 whatever the locale: Java 17 would otherwise write the
 * Japanese messages in the platform charset, which is ASCII under {@code LANG=C}.
 */
public final class TsvCheckCommand {
    public static final String NAME = "tsv";

    private TsvCheckCommand() {
    }

    /** @param args the arguments after {@code tsv} */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return OfflineTool.run(new Tsv(), new Check(out), args, out, err);
    }

    @Command(name = "upki-sim tsv", mixinStandardHelpOptions = true,
            description = "Work with the TSV files RAs upload to the NII issuance system.")
    static final class Tsv extends OfflineTool.Group {
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Check a TSV file offline exactly as the upload would (checks against issued certificates"
                    + " are skipped). Exit code 0 all rows valid, 1 some row or the file in error, 2 bad usage.")
    static final class Check implements Callable<Integer> {
        /** The report goes straight to this stream: a PrintWriter over it would re-encode in the platform charset. */
        private final PrintStream out;

        @Parameters(index = "0", paramLabel = "FILE", description = "the TSV file (Shift_JIS, .tsv or .txt)")
        Path file;

        @Option(names = "--apply-type", paramLabel = "issue|renew|revoke", defaultValue = "issue",
                description = "the upload page's applyType (default: ${DEFAULT-VALUE})")
        String applyType;

        @Option(names = "--institution", paramLabel = "ID",
                description = "the uploading institution (default: the first one in the fixtures)")
        String institution;

        @Option(names = "--fixtures", paramLabel = "DIR",
                description = "fixtures directory (default: ./fixtures if present, else the built-in fixtures)")
        Path fixtures;

        @Option(names = "--max-rows", paramLabel = "N", defaultValue = "" + TsvDecoder.DEFAULT_MAX_ROWS,
                description = "most rows a file may have (error 214 above; default: ${DEFAULT-VALUE})")
        int maxRows;

        Check(PrintStream out) {
            this.out = out;
        }

        @Override
        public Integer call() {
            ApplyType type = ApplyType.byName(applyType)
                    .orElseThrow(() -> new OfflineTool.UsageException("--apply-type must be issue, renew or revoke, not '" + applyType + "'"));
            if (maxRows < 1) {
                throw new OfflineTool.UsageException("--max-rows must be at least 1");
            }
            Institution uploader = institution();
            TsvValidator validator = new TsvValidator(uploader, CertificateRegistry.OFFLINE, maxRows);
            ValidationResult result;
            try {
                byte[] content = Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
                result = validator.validateUpload(file.getFileName().toString(), content, type);
            } catch (IOException e) {
                result = validator.validateUpload(file.getFileName().toString(), null, type);
            }
            report(result, uploader);
            return result.allValid() ? 0 : 1;
        }

        private Institution institution() {
            Fixtures loaded;
            try {
                loaded = FixturesLoader.load(fixtures != null ? fixtures
                        : Files.isDirectory(Path.of("fixtures")) ? Path.of("fixtures") : null);
            } catch (InvalidFixturesException e) {
                throw new OfflineTool.UsageException(e.getMessage());
            }
            if (institution == null) {
                return loaded.institutions().get(0);
            }
            return loaded.institution(institution).orElseThrow(() -> new OfflineTool.UsageException("no institution '" + institution
                    + "' in the fixtures; known: " + loaded.institutions().stream().map(Institution::id)
                    .collect(Collectors.joining(", "))));
        }

        private void report(ValidationResult result, Institution uploader) {
            result.fileErrors().forEach(error -> out.println("0\tNG\t" + error));
            for (RowResult row : result.rows()) {
                out.println(row instanceof RejectedRow rejected
                        ? row.row() + "\tNG\t" + rejected.errors().stream().map(RowError::toString).collect(Collectors.joining("\t"))
                        : row.row() + "\tOK");
            }
            ApplyType type = result.applyType();
            out.println("# " + file + " as " + type.name().toLowerCase() + " (applyType " + type.code() + ") for "
                    + uploader.id() + ": " + (result.fileRejected() ? "the file is refused, no row was read"
                    : result.rows().size() + " rows, " + result.accepted().size() + " OK, " + result.rejected().size() + " NG"));
            int abort = UploadDecision.decide(result, ErrorPolicy.ABORT_ALL).toProcess().size();
            int valid = UploadDecision.decide(result, ErrorPolicy.PROCESS_VALID).toProcess().size();
            out.println("# an upload would process " + abort + " rows with errorFlg's first choice (abort all on any error), "
                    + valid + " with the second (process the valid rows)");
            out.println("# offline: no store, so the checks against issued certificates (212 DN already in use,"
                    + " 216-218 serial unknown, of another DN, revoked) were skipped");
            out.flush();
        }
    }
}

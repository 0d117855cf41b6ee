package dev.upkisim.workflow;

import dev.upkisim.clock.SimClock;
import dev.upkisim.core.Application;
import dev.upkisim.core.ApplicationRequest;
import dev.upkisim.core.ApplyType;
import dev.upkisim.core.Institution;
import dev.upkisim.core.ServerDetails;
import dev.upkisim.store.ApplicationStore;
import dev.upkisim.store.CertificateStore;
import dev.upkisim.store.Database;
import dev.upkisim.store.JobStore;
import dev.upkisim.tsv.AcceptedRow;
import dev.upkisim.tsv.CertificateRequest;
import dev.upkisim.tsv.ErrorPolicy;
import dev.upkisim.tsv.IssueRow;
import dev.upkisim.tsv.RejectedRow;
import dev.upkisim.tsv.RenewRow;
import dev.upkisim.tsv.RevokeRow;
import dev.upkisim.tsv.RowError;
import dev.upkisim.tsv.RowResult;
import dev.upkisim.tsv.ServerIssueRow;
import dev.upkisim.tsv.TsvDecoder;
import dev.upkisim.tsv.TsvValidator;
import dev.upkisim.tsv.UploadDecision;
import dev.upkisim.tsv.ValidationResult;
import dev.upkisim.workflow.events.ApplicationEvents;
import dev.upkisim.workflow.events.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The RA's TSV upload (SPEC 1.2): validated and stored in one write transaction — applications and their
 * processing jobs are committed before the result page is answered, so an acknowledged row is never lost, and
 * a refused file changes nothing. {@code errorFlg}'s first choice stores nothing if any row is bad.
 *
 * <p>The portal's applications take the same path ({@code PortalRequests}, {@link #applyForServerCertificate}) as
 * {@link ApplicationOrigin#JUPKI_PORTAL}: the J-UPKI → NII delay comes before the NII side's own (SPEC 1.6).
 */
public final class UploadService {
    private final Database database;
    private final ApplicationStore applications;
    private final CertificateStore certificates;
    private final JobStore jobs;
    private final SimClock clock;
    private final Delays delays;
    private final JobRunner runner;
    private final Timeline timeline;

    public UploadService(Database database, ApplicationStore applications, CertificateStore certificates, JobStore jobs,
                         SimClock clock, Delays delays, JobRunner runner, Timeline timeline) {
        this.database = database;
        this.applications = applications;
        this.certificates = certificates;
        this.jobs = jobs;
        this.clock = clock;
        this.delays = delays;
        this.runner = runner;
        this.timeline = timeline;
    }

    /**
     * @param origin        the RA's own upload, or the portal passing a member's request on (which then waits the
     *                      J-UPKI → NII delay before the NII side's own)
     * @param applyTypeText and @param errorFlgText as the form sent them; @param content null when no file
     */
    public UploadReport upload(Institution institution, ApplicationOrigin origin, String applyTypeText,
                               String errorFlgText, String fileName, byte[] content) {
        ApplyType type = parse(applyTypeText).flatMap(ApplyType::byCode).orElse(null);
        Integer flag = parse(errorFlgText).filter(code -> code == 1 || code == 2).orElse(null);
        if (type == null || flag == null) {
            return new UploadReport(type == null ? ApplyType.ISSUE : type, false, List.of(type == null
                    ? "201:0,申請種別,申請種別は入力必須項目です。" : "201:0,エラー時の処理,エラー時の処理は入力必須項目です。"), List.of());
        }
        ErrorPolicy policy = flag == 1 ? ErrorPolicy.ABORT_ALL : ErrorPolicy.PROCESS_VALID;
        UploadReport report = database.write(tx -> {
            var registry = new StoredCertificateRegistry(tx, applications, certificates);
            ValidationResult result = new TsvValidator(institution, registry)
                    .validateUpload(fileName, content, type);
            UploadDecision decision = UploadDecision.decide(result, policy);
            Map<Integer, Application> created = new HashMap<>();
            if (!decision.aborted() && !decision.toProcess().isEmpty()) {
                Instant now = clock.now();
                int rowCount = result.rows().size();
                long uploadId = applications.insertUpload(tx, institution.id(), type, flag, fileName == null ? "" : fileName,
                        now, rowCount, decision.toProcess().size());
                for (AcceptedRow row : decision.toProcess()) {
                    Application application = applications.insert(tx, uploadId, institution.id(), request(row), now);
                    Wait wait = waitFor(origin, type, application.id());
                    jobs.schedule(tx, ApplicationProcessing.JOB_KIND, application.id(), now.plus(wait.total()));
                    timeline.record(tx, ApplicationEvents.of(application, "application.received", "row " + row.row()
                            + " of the " + type.name().toLowerCase(java.util.Locale.ROOT) + " upload accepted"
                            + (origin == ApplicationOrigin.JUPKI_PORTAL ? " from the J-UPKI portal" : "") + "; "
                            + wait.inWords()));
                    created.put(row.row(), application);
                }
            }
            List<String> fileErrors = result.fileErrors().stream().map(RowError::toString).toList();
            return new UploadReport(type, !created.isEmpty(), fileErrors, lines(institution, result.rows(), created));
        });
        runner.wakeUp();
        return report;
    }

    /**
     * A server certificate application from the portal, as a one-row server TSV upload (applyType 1, errorFlg 1):
     * the same checks (CSR, names within the institution's domains, 212 for a DN in use…), the same stored
     * application and processing job, the same notice. The report's one line says OK with the new application's
     * id, or NG with the errors ({@code code:row,field,message}, Japanese; for bilingual texts check the CSR first
     * with {@code ca.ServerCsrCheck}).
     */
    public UploadReport applyForServerCertificate(Institution institution, ServerCertificateApplication application) {
        byte[] content;
        try {
            content = TsvDecoder.encode(application.tsvLine(institution) + "\r\n");
        } catch (IllegalArgumentException notShiftJis) {
            return new UploadReport(ApplyType.ISSUE, false,
                    List.of("205:1,申請データ,申請データはShift_JISで表せない文字が含まれています。"), List.of());
        }
        return upload(institution, ApplicationOrigin.JUPKI_PORTAL, "1", "1", ServerCertificateApplication.FILE_NAME,
                content);
    }

    /**
     * How long an accepted application waits until it is processed (SPEC 1.6): the J-UPKI → NII delay for the
     * portal's, then the NII side's own stage, each drawn for the application's id.
     */
    private Wait waitFor(ApplicationOrigin origin, ApplyType type, long applicationId) {
        Delays.Stage stage = type == ApplyType.REVOKE ? Delays.Stage.REVOCATION : Delays.Stage.NII_TO_CA;
        Duration forwarding = origin == ApplicationOrigin.JUPKI_PORTAL
                ? delays.draw(Delays.Stage.JUPKI_TO_NII, applicationId) : Duration.ZERO;
        return new Wait(origin, forwarding, stage, delays.draw(stage, applicationId));
    }

    /** @param forwarding J-UPKI → NII (zero for the RA's upload); @param processing the NII side's {@code stage} */
    private record Wait(ApplicationOrigin origin, Duration forwarding, Delays.Stage stage, Duration processing) {
        Duration total() {
            return forwarding.plus(processing);
        }

        /** The total wait, and for the portal's both parts: the timeline's reason says why nothing happens yet. */
        String inWords() {
            if (origin == ApplicationOrigin.RA_UPLOAD) {
                return "the NII side processes it in " + processing.withNanos(0) + " (simulated)";
            }
            return "processed in " + total().withNanos(0) + " (simulated): " + forwarding.withNanos(0)
                    + " until the NII side receives it (" + Delays.Stage.JUPKI_TO_NII.id() + "), then " + processing.withNanos(0) + " there ("
                    + stage.id() + ")";
        }
    }

    private static List<UploadReport.Line> lines(Institution institution, List<RowResult> rows,
                                                 Map<Integer, Application> created) {
        List<UploadReport.Line> lines = new ArrayList<>();
        String institutionName = institution.name().ja();
        for (RowResult row : rows) {
            if (row instanceof RejectedRow rejected) {
                lines.add(new UploadReport.Line(rejected.row(), false,
                        rejected.errors().stream().map(RowError::toString).toList(), institutionName, "", "", "", null));
            } else {
                AcceptedRow accepted = (AcceptedRow) row;
                ApplicationRequest request = request(accepted);
                Application application = created.get(accepted.row());
                boolean server = request.isServer();
                lines.add(new UploadReport.Line(accepted.row(), true, List.of(), institutionName,
                        text(server ? request.adminAffiliation() : request.userAffiliation()),
                        text(server ? request.adminName() : request.userName()),
                        text(server ? request.adminEmail() : request.userEmail()),
                        application == null ? null : application.id()));
            }
        }
        return lines;
    }

    /** A valid TSV row as the NII side records it. */
    static ApplicationRequest request(AcceptedRow row) {
        if (row instanceof IssueRow issue) {
            return fromRequest(issue.row(), ApplyType.ISSUE, issue.request(), null);
        }
        if (row instanceof RenewRow renew) {
            return fromRequest(renew.row(), ApplyType.RENEW, renew.request(), renew.renewedSerial());
        }
        if (row instanceof ServerIssueRow server) {
            return new ApplicationRequest(server.row(), ApplyType.ISSUE, server.profile(), server.subjectDn(), null,
                    server.admin().name(), server.admin().affiliation(), server.admin().email(), null, null, null, null,
                    null, null, null, null, new ServerDetails(server.csr(), server.fqdn(), server.serverSoftware(),
                    server.dnsNames()));
        }
        RevokeRow revoke = (RevokeRow) row;
        return new ApplicationRequest(revoke.row(), ApplyType.REVOKE, null, revoke.subjectDn(), null, null, null,
                revoke.adminEmail(), null, null, null, revoke.userEmail(), null, revoke.serial(), revoke.reason().code(),
                revoke.comment().orElse(null));
    }

    private static ApplicationRequest fromRequest(int seq, ApplyType type, CertificateRequest request,
                                                  java.math.BigInteger targetSerial) {
        return new ApplicationRequest(seq, type, request.profile(), request.subjectDn(), request.downloadMethod().code(),
                request.admin().name(), request.admin().affiliation(), request.admin().email(), request.user().name(),
                request.p12FileName(), request.user().affiliation(), request.user().email(),
                request.accessPin().orElse(null), targetSerial, null, null);
    }

    private static java.util.Optional<Integer> parse(String text) {
        try {
            return text == null ? java.util.Optional.empty() : java.util.Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}

package dev.upkisim.workflow.portal;

import dev.upkisim.clock.SimClock;
import dev.upkisim.core.Application;
import dev.upkisim.core.ApplicationState;
import dev.upkisim.core.ApplyType;
import dev.upkisim.core.IssuedCertificate;
import dev.upkisim.fixtures.Fixtures;
import dev.upkisim.mail.ExpiryWarningTemplate;
import dev.upkisim.mail.NoticeSender;
import dev.upkisim.store.ApplicationStore;
import dev.upkisim.store.CertificateStore;
import dev.upkisim.store.Database;
import dev.upkisim.store.JobStore;
import dev.upkisim.store.JobStore.Job;
import dev.upkisim.store.OutboxStore;
import dev.upkisim.workflow.JobHandler;
import dev.upkisim.workflow.MailNotifier;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

/**
 * The portal's expiry warnings (seed FAQ: a mail when a certificate has one month left): a persistent job that
 * looks every simulated hour — and at once when the clock is moved — for downloaded, unrevoked certificates within
 * a calendar month of expiry, and mails each member once per certificate. A certificate already renewed (a renewal
 * application names it) gets none. The outbox is the record of what was sent.
 */
public final class ExpiryWarnings implements JobHandler {
    public static final String JOB_KIND = "expiry-scan";
    static final String MAIL_KIND = "expiry-warning";
    static final Duration EVERY = Duration.ofHours(1);

    private final Database database;
    private final ApplicationStore applications;
    private final CertificateStore certificates;
    private final OutboxStore outbox;
    private final JobStore jobs;
    private final SimClock clock;
    private final MailNotifier mail;
    private final Fixtures fixtures;
    private final Supplier<URI> publicUrl;

    public ExpiryWarnings(Database database, ApplicationStore applications, CertificateStore certificates,
                          OutboxStore outbox, JobStore jobs, SimClock clock, MailNotifier mail, Fixtures fixtures,
                          Supplier<URI> publicUrl) {
        this.database = database;
        this.applications = applications;
        this.certificates = certificates;
        this.outbox = outbox;
        this.jobs = jobs;
        this.clock = clock;
        this.mail = mail;
        this.fixtures = fixtures;
        this.publicUrl = publicUrl;
    }

    /** Schedules the first scan (a no-op when one is already scheduled). */
    public void scheduleFirst() {
        database.write(tx -> {
            scheduleFirst(tx);
            return null;
        });
    }

    /** The same in the caller's transaction (a reset deleted every job). */
    public void scheduleFirst(Connection tx) throws SQLException {
        if (jobs.due(tx, Instant.MAX, Integer.MAX_VALUE).stream().noneMatch(job -> job.kind().equals(JOB_KIND))) {
            jobs.schedule(tx, JOB_KIND, 0, clock.now());
        }
    }

    @Override
    public void run(Job job) {
        database.write(tx -> {
            Instant now = clock.now();
            Instant horizon = now.atOffset(ZoneOffset.UTC).plusMonths(1).toInstant();
            for (IssuedCertificate certificate : certificates.all(tx)) {
                if (due(tx, certificate, now, horizon)) {
                    warn(tx, certificate);
                }
            }
            jobs.schedule(tx, JOB_KIND, 0, now.plus(EVERY));
            return null;
        });
    }

    private boolean due(Connection tx, IssuedCertificate certificate, Instant now, Instant horizon) throws SQLException {
        if (certificate.revoked() || certificate.downloadedAt() == null || certificate.applicationId() == null
                || !certificate.notAfter().isAfter(now) || certificate.notAfter().isAfter(horizon)) {
            return false;
        }
        boolean warned = outbox.list(tx, certificate.applicationId()).stream().anyMatch(m -> m.kind().equals(MAIL_KIND));
        if (warned) {
            return false;
        }
        List<Application> all = applications.byInstitution(tx, certificate.institutionId());
        return all.stream().noneMatch(other -> other.type() == ApplyType.RENEW && other.state() != ApplicationState.FAILED
                && certificate.serial().equals(other.request().targetSerial()));
    }

    private void warn(Connection tx, IssuedCertificate certificate) throws SQLException {
        var institution = fixtures.institution(certificate.institutionId()).orElseThrow();
        var member = fixtures.users().stream().filter(user -> user.email().equalsIgnoreCase(certificate.userEmail()))
                .findFirst();
        NoticeSender sender = new NoticeSender(institution.raContact().name().ja(), institution.raContact().email());
        mail.post(tx, MAIL_KIND, certificate.applicationId(), ExpiryWarningTemplate.warning(sender, certificate.userEmail(),
                member.map(user -> user.name().ja()).orElse(certificate.userEmail()),
                member.map(user -> user.name().en()).orElse(certificate.userEmail()), certificate.requestedDn(),
                certificate.serial().toString(), certificate.notAfter().atZone(ZoneId.of("Asia/Tokyo")),
                publicUrl.get() + "/jupki/"), false);
    }
}

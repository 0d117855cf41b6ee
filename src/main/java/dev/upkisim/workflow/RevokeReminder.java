package dev.upkisim.workflow;

import dev.upkisim.clock.SimClock;
import dev.upkisim.core.Application;
import dev.upkisim.core.IssuedCertificate;
import dev.upkisim.store.ApplicationStore;
import dev.upkisim.store.CertificateStore;
import dev.upkisim.store.Database;
import dev.upkisim.store.JobStore;
import dev.upkisim.store.JobStore.Job;
import java.time.Duration;

/**
 * After a renewal's new certificate is downloaded the RA is told to revoke the old one (the renewal notice
 * carries a revocation TSV), and reminded again two weeks later if the old one is still valid (SPEC 1.4).
 */
public final class RevokeReminder implements JobHandler {
    public static final String JOB_KIND = "revoke-reminder";
    public static final Duration AFTER = Duration.ofDays(14);

    private final Database database;
    private final ApplicationStore applications;
    private final CertificateStore certificates;
    private final JobStore jobs;
    private final SimClock clock;
    private final Notifier notifier;

    public RevokeReminder(Database database, ApplicationStore applications, CertificateStore certificates, JobStore jobs,
                          SimClock clock, Notifier notifier) {
        this.database = database;
        this.applications = applications;
        this.certificates = certificates;
        this.jobs = jobs;
        this.clock = clock;
        this.notifier = notifier;
    }

    @Override
    public void run(Job job) {
        database.write(tx -> {
            jobs.delete(tx, job.id());
            Application application = applications.find(tx, job.subjectId()).orElse(null);
            if (application == null || application.request().targetSerial() == null) {
                return null;
            }
            IssuedCertificate old = certificates.bySerial(tx, application.institutionId(),
                    application.request().targetSerial()).orElse(null);
            IssuedCertificate renewed = certificates.byApplication(tx, application.id()).orElse(null);
            if (old != null && renewed != null && old.validAt(clock.now())) {
                notifier.send(tx, new Notice.RevokeReminder(application, old, renewed));
            }
            return null;
        });
    }
}

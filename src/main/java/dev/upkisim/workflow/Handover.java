package dev.upkisim.workflow;

import dev.upkisim.ca.P12Format;
import dev.upkisim.core.Application;
import dev.upkisim.core.ApplicationState;
import dev.upkisim.core.ApplyType;
import dev.upkisim.core.IssuedCertificate;
import dev.upkisim.store.ApplicationStore;
import dev.upkisim.store.CertificateStore;
import dev.upkisim.store.JobStore;
import dev.upkisim.workflow.events.ApplicationEvents;
import dev.upkisim.workflow.events.Timeline;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;

/** Handing an issued client certificate over: its P12 (password = access PIN) and file name, and what a download does. */
public final class Handover {
    private final ApplicationStore applications;
    private final CertificateStore certificates;
    private final JobStore jobs;
    private final CertificateIssuance issuance;
    private final Notifier notifier;
    private final P12Format p12Format;
    private final Timeline timeline;

    public Handover(ApplicationStore applications, CertificateStore certificates, JobStore jobs,
                    CertificateIssuance issuance, Notifier notifier, P12Format p12Format, Timeline timeline) {
        this.applications = applications;
        this.certificates = certificates;
        this.jobs = jobs;
        this.issuance = issuance;
        this.notifier = notifier;
        this.p12Format = p12Format;
        this.timeline = timeline;
    }

    byte[] p12(IssuedCertificate certificate, Application application) {
        return issuance.p12(certificate, friendlyName(application), application.request().accessPin(), p12Format);
    }

    /** The P12 was downloaded: ISSUED → DOWNLOADED, a renewal's revoke reminder, the acquisition notice. */
    void delivered(Connection tx, Application application, IssuedCertificate certificate, Instant now)
            throws SQLException {
        certificates.markDownloaded(tx, certificate.serial(), now);
        applications.transition(tx, application.id(), ApplicationState.ISSUED, ApplicationState.DOWNLOADED, now);
        IssuedCertificate replaced = null;
        if (application.type() == ApplyType.RENEW && application.request().targetSerial() != null) {
            replaced = certificates.bySerial(tx, application.institutionId(), application.request().targetSerial())
                    .orElse(null);
            jobs.schedule(tx, RevokeReminder.JOB_KIND, application.id(), now.plus(RevokeReminder.AFTER));
        }
        notifier.send(tx, new Notice.Acquired(application, certificate, replaced));
        timeline.record(tx, ApplicationEvents.of(application, "application.downloaded",
                "P12 downloaded; the acquisition notice was mailed"));
    }

    static String p12Name(Application application) {
        String name = application.request().p12FileName();
        String base = name == null || name.isBlank() ? "client_" + application.id() : name;
        return base.toLowerCase(Locale.ROOT).endsWith(".p12") ? base : base + ".p12";
    }

    private static String friendlyName(Application application) {
        String user = application.request().userName();
        return user == null || user.isBlank() ? application.request().subjectDn() : user;
    }
}

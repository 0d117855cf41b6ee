package dev.upkisim.workflow;

import dev.upkisim.clock.SimClock;
import dev.upkisim.core.Application;
import dev.upkisim.core.ApplicationState;
import dev.upkisim.core.ApplyType;
import dev.upkisim.core.IssuedCertificate;
import dev.upkisim.store.ApplicationStore;
import dev.upkisim.store.CertificateStore;
import dev.upkisim.store.Database;
import dev.upkisim.store.JobStore;
import dev.upkisim.store.JobStore.Job;
import dev.upkisim.store.OneTimeUrlStore;
import dev.upkisim.store.OneTimeUrlStore.Purpose;
import dev.upkisim.workflow.events.ApplicationEvents;
import dev.upkisim.workflow.events.Timeline;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the NII side does with an accepted row once its delay has passed (SPEC 1.2–1.4):
 * <ul>
 *   <li>issue or renew, P12 individual (download method 1): an access PIN (the row's, or a new one), the admin's
 *       one-time PIN URL and the user's certificate URL, both valid one month; the PIN notice to the admin and the
 *       acceptance notice to the user;</li>
 *   <li>P12 bulk (method 2): the certificate is issued at once; when the upload's last bulk row is done, the admin
 *       gets the bulk PIN URL and the bulk P12 URL;</li>
 *   <li>revoke: the certificate is revoked with the row's reason, and the revocation notice is sent;</li>
 *   <li>server certificate issue: the certificate is issued at once over the CSR's key (no PIN, no STEP pages)
 *       and the admin gets 証明書発行通知 with it — RECEIVED → ISSUED, final; if the CA refuses, FAILED.</li>
 * </ul>
 * Each outcome is committed together with the deletion of the job; a re-run after a crash finds the state moved on.
 */
public final class ApplicationProcessing implements JobHandler {
    public static final String JOB_KIND = "process-application";
    private static final Logger LOG = LoggerFactory.getLogger(ApplicationProcessing.class);
    /** One-time URLs are valid one month (SPEC 1.3), on the simulated clock. */
    static final Period URL_VALIDITY = Period.ofMonths(1);
    private static final int BULK = 2;

    private final Database database;
    private final ApplicationStore applications;
    private final CertificateStore certificates;
    private final OneTimeUrlStore urls;
    private final JobStore jobs;
    private final SimClock clock;
    private final CertificateIssuance issuance;
    private final Notifier notifier;
    private final OneTimeUrls urlShapes;
    private final CrlPublishing crlPublishing;
    private final Timeline timeline;

    public ApplicationProcessing(Database database, ApplicationStore applications, CertificateStore certificates,
                                 OneTimeUrlStore urls, JobStore jobs, SimClock clock, CertificateIssuance issuance,
                                 Notifier notifier, OneTimeUrls urlShapes, CrlPublishing crlPublishing,
                                 Timeline timeline) {
        this.database = database;
        this.applications = applications;
        this.certificates = certificates;
        this.urls = urls;
        this.jobs = jobs;
        this.clock = clock;
        this.issuance = issuance;
        this.notifier = notifier;
        this.urlShapes = urlShapes;
        this.crlPublishing = crlPublishing;
        this.timeline = timeline;
    }

    @Override
    public void run(Job job) {
        Application application = database.read(connection -> applications.find(connection, job.subjectId()))
                .orElse(null);
        if (application != null && application.state() == ApplicationState.ISSUED && isBulk(application)) {
            completeBulk(job, application); // issued before a crash: finish what the job still owes
            return;
        }
        if (application == null || application.state() != ApplicationState.RECEIVED) {
            database.write(tx -> {
                jobs.delete(tx, job.id());
                return null;
            });
            return;
        }
        if (application.request().isServer()) {
            issueServerCertificate(job, application);
        } else if (application.type() == ApplyType.REVOKE) {
            revoke(job, application);
        } else if (isBulk(application)) {
            issueInBulk(job, application);
        } else {
            offerForPickup(job, application);
        }
    }

    private void offerForPickup(Job job, Application application) {
        database.write(tx -> {
            Instant now = clock.now();
            if (!applications.transition(tx, application.id(), ApplicationState.RECEIVED,
                    ApplicationState.AWAITING_PICKUP, now)) {
                return null;
            }
            Application ready = withPin(tx, application);
            String pinToken = Secrets.token();
            String certificateToken = Secrets.token();
            Instant expires = expiry(now);
            urls.insert(tx, pinToken, Purpose.PIN, application.id(), null, now, expires);
            urls.insert(tx, certificateToken, Purpose.CERTIFICATE, application.id(), null, now, expires);
            notifier.send(tx, new Notice.AccessPin(ready, urlShapes.pin(pinToken)));
            notifier.send(tx, new Notice.Acceptance(ready, urlShapes.certificate(certificateToken)));
            timeline.record(tx, ApplicationEvents.of(application, "application.awaiting-pickup", "processed by the NII"
                    + " side; the PIN URL went to the administrator and the certificate URL to the user"));
            jobs.delete(tx, job.id());
            return null;
        });
    }

    private void issueInBulk(Job job, Application application) {
        Application withPin = database.write(tx -> withPin(tx, application));
        issuance.issue(withPin, ApplicationState.RECEIVED);
        completeBulk(job, application);
    }

    /** Deletes the job and, once the upload's last bulk row is issued, sends the bulk URLs (one transaction). */
    private void completeBulk(Job job, Application application) {
        database.write(tx -> {
            Instant now = clock.now();
            if (jobs.delete(tx, job.id())) {
                timeline.record(tx, ApplicationEvents.of(application, "application.issued",
                        "certificate issued for P12 bulk download"));
            }
            if (applications.countNotIn(tx, application.uploadId(), BULK, ApplicationState.ISSUED) == 0) {
                var siblings = applications.byUpload(tx, application.uploadId()).stream()
                        .filter(other -> Integer.valueOf(BULK).equals(other.request().downloadMethod())).toList();
                if (urls.latest(tx, siblings.get(0).id(), Purpose.BULK_PIN).isEmpty()) {
                    String pinToken = Secrets.token();
                    String p12Token = Secrets.token();
                    urls.insert(tx, pinToken, Purpose.BULK_PIN, siblings.get(0).id(), application.uploadId(), now, expiry(now));
                    urls.insert(tx, p12Token, Purpose.BULK_P12, siblings.get(0).id(), application.uploadId(), now, expiry(now));
                    notifier.send(tx, new Notice.BulkReady(siblings.get(0), siblings.size(),
                            urlShapes.bulkPin(pinToken), urlShapes.bulkP12(p12Token)));
                }
            }
            return null;
        });
    }

    private void issueServerCertificate(Job job, Application application) {
        try {
            issuance.issueFromCsr(application, ApplicationState.RECEIVED, (tx, issued) -> {
                notifier.send(tx, new Notice.ServerIssued(application, issued, issuance.issuingCaPem(issued)));
                timeline.record(tx, ApplicationEvents.of(application, "application.issued", "server certificate "
                        + issued.serial().toString(16).toUpperCase(java.util.Locale.ROOT) + " issued and mailed"));
                jobs.delete(tx, job.id());
            });
        } catch (IllegalArgumentException refused) {
            LOG.warn("server certificate application {} refused by the CA: {}", application.id(), refused.getMessage());
            database.write(tx -> {
                applications.transition(tx, application.id(), ApplicationState.RECEIVED, ApplicationState.FAILED, clock.now());
                timeline.record(tx, ApplicationEvents.of(application, "application.failed", "the CA refused the CSR: "
                        + refused.getMessage()));
                jobs.delete(tx, job.id());
                return null;
            });
        }
    }

    private void revoke(Job job, Application application) {
        database.write(tx -> {
            Instant now = clock.now();
            if (!applications.transition(tx, application.id(), ApplicationState.RECEIVED, ApplicationState.COMPLETED, now)) {
                return null;
            }
            IssuedCertificate target = certificates.bySerial(tx, application.institutionId(),
                    application.request().targetSerial()).orElse(null);
            if (target != null) {
                if (certificates.revoke(tx, target.serial(), now, application.request().revokeReason())) {
                    crlPublishing.requestIn(tx, target.issuerId(), now); // the CRL and OCSP publish it (RFC 5280 5)
                }
                IssuedCertificate revoked = certificates.bySerial(tx, application.institutionId(), target.serial()).orElseThrow();
                notifier.send(tx, new Notice.Revoked(application, revoked));
                timeline.record(tx, ApplicationEvents.of(application, "application.revoked", "certificate "
                        + target.serial().toString(16).toUpperCase(java.util.Locale.ROOT) + " revoked (reason "
                        + application.request().revokeReason() + ")"));
            } else {
                timeline.record(tx, ApplicationEvents.of(application, "application.completed",
                        "the certificate to revoke was not found; nothing revoked"));
            }
            jobs.delete(tx, job.id());
            return null;
        });
    }

    private Application withPin(Connection tx, Application application) throws SQLException {
        if (application.request().accessPin() == null || application.request().accessPin().isBlank()) {
            applications.setAccessPin(tx, application.id(), Secrets.accessPin());
        }
        return applications.find(tx, application.id()).orElseThrow();
    }

    private static boolean isBulk(Application application) {
        return Integer.valueOf(BULK).equals(application.request().downloadMethod());
    }

    static Instant expiry(Instant now) {
        return now.atOffset(ZoneOffset.UTC).plus(URL_VALIDITY).toInstant();
    }
}

package dev.upkisim.workflow.portal;

import dev.upkisim.clock.SimClock;
import dev.upkisim.core.Application;
import dev.upkisim.core.ApplicationState;
import dev.upkisim.core.ApplyType;
import dev.upkisim.core.IssuedCertificate;
import dev.upkisim.core.User;
import dev.upkisim.store.ApplicationStore;
import dev.upkisim.store.CertificateStore;
import dev.upkisim.store.Database;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the portal knows of a member's certificates, read from the NII side's store: the member's applications are
 * those of the member's institution whose user e-mail (TSV column 14) is the member's. Nothing here writes.
 */
public final class PortalMembers {
    private final Database database;
    private final ApplicationStore applications;
    private final CertificateStore certificates;
    private final SimClock clock;

    public PortalMembers(Database database, ApplicationStore applications, CertificateStore certificates, SimClock clock) {
        this.database = database;
        this.applications = applications;
        this.certificates = certificates;
        this.clock = clock;
    }

    public List<MemberCertificate> certificatesOf(User user) {
        return database.read(c -> {
            Instant now = clock.now();
            List<Application> all = applications.byInstitution(c, user.institutionId());
            List<MemberCertificate> lines = new ArrayList<>();
            for (Application application : all) {
                if (application.type() == ApplyType.REVOKE || !user.email().equalsIgnoreCase(application.request().userEmail())) {
                    continue;
                }
                IssuedCertificate certificate = certificates.byApplication(c, application.id()).orElse(null);
                boolean revocationPending = certificate != null && all.stream().anyMatch(other -> other.type() == ApplyType.REVOKE
                        && other.state() == ApplicationState.RECEIVED && certificate.serial().equals(other.request().targetSerial()));
                lines.add(line(application, certificate, now, revocationPending));
            }
            return lines;
        });
    }

    /** The member's line for an application, or empty when it is not the member's (no guessing other ids). */
    public Optional<MemberCertificate> find(User user, long applicationId) {
        return certificatesOf(user).stream().filter(line -> line.application().id() == applicationId).findFirst();
    }

    public Optional<MemberCertificate> bySerial(User user, BigInteger serial) {
        return certificatesOf(user).stream()
                .filter(line -> line.certificate() != null && line.certificate().serial().equals(serial)).findFirst();
    }

    private static MemberCertificate line(Application application, IssuedCertificate certificate, Instant now,
                                          boolean revocationPending) {
        MemberCertificate.Status status;
        boolean downloadable = false;
        boolean revocable = false;
        if (application.state() == ApplicationState.FAILED || application.stuck()) {
            status = MemberCertificate.Status.ERROR;
        } else if (application.state() == ApplicationState.RECEIVED) {
            status = MemberCertificate.Status.PENDING;
        } else if (certificate != null && certificate.revoked()) {
            status = MemberCertificate.Status.REVOKED;
        } else if (certificate != null && !now.isBefore(certificate.notAfter())) {
            status = MemberCertificate.Status.EXPIRED;
        } else {
            status = MemberCertificate.Status.VALID;
            downloadable = application.state() != ApplicationState.DOWNLOADED;
            revocable = certificate != null && application.state() == ApplicationState.DOWNLOADED && !revocationPending;
        }
        return new MemberCertificate(application, certificate, status, downloadable, revocable, revocationPending);
    }
}

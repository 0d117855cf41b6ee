package dev.upkisim.workflow;

import dev.upkisim.core.Application;
import dev.upkisim.core.IssuedCertificate;
import dev.upkisim.store.ApplicationStore;
import dev.upkisim.store.CertificateStore;
import dev.upkisim.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The server certificates of an institution as the portal reads them (SPEC 1.5): each application's state, and
 * the issued certificate with its chain as PEM — leaf, server CA, root — ready for a web server's certificate
 * file. Every lookup names the institution: another institution's application is not found (SPEC 4). Each
 * lookup reads one snapshot, so a state and its certificate always agree (ISSUED exactly when there is one).
 */
public final class ServerCertificates {
    private final Database database;
    private final ApplicationStore applications;
    private final CertificateStore certificates;
    private final CertificateIssuance issuance;

    public ServerCertificates(Database database, ApplicationStore applications, CertificateStore certificates,
                              CertificateIssuance issuance) {
        this.database = database;
        this.applications = applications;
        this.certificates = certificates;
        this.issuance = issuance;
    }

    /** The application's state and, once issued, its certificate's serial and validity. */
    public Optional<ServerCertificateStatus> status(String institutionId, long applicationId) {
        return database.readSnapshot(c -> {
            Optional<Application> application = serverApplication(c, institutionId, applicationId);
            return application.isEmpty() ? Optional.<ServerCertificateStatus>empty()
                    : Optional.of(status(application.get(), certificates.byApplication(c, applicationId).orElse(null)));
        });
    }

    /** Every server certificate application of the institution, oldest first. */
    public List<ServerCertificateStatus> list(String institutionId) {
        return database.readSnapshot(c -> {
            List<ServerCertificateStatus> list = new ArrayList<>();
            for (Application application : applications.byInstitution(c, institutionId)) {
                if (application.request().isServer()) {
                    list.add(status(application, certificates.byApplication(c, application.id()).orElse(null)));
                }
            }
            return list;
        });
    }

    /** Leaf + server CA + root as PEM, once the application's certificate is issued; else empty. */
    public Optional<String> pemChain(String institutionId, long applicationId) {
        return database.readSnapshot(c -> serverApplication(c, institutionId, applicationId).isEmpty()
                ? Optional.<IssuedCertificate>empty() : certificates.byApplication(c, applicationId))
                .map(issuance::pemChain);
    }

    private Optional<Application> serverApplication(Connection c, String institutionId, long applicationId)
            throws SQLException {
        return applications.find(c, applicationId)
                .filter(application -> application.institutionId().equals(institutionId) && application.request().isServer());
    }

    private static ServerCertificateStatus status(Application application, IssuedCertificate certificate) {
        var request = application.request();
        return new ServerCertificateStatus(application.id(), application.institutionId(), application.state(),
                request.subjectDn(), request.server().fqdn(), request.server().dnsNames(), request.adminEmail(),
                application.createdAt(), certificate == null ? null : certificate.serial(),
                certificate == null ? null : certificate.notBefore(), certificate == null ? null : certificate.notAfter(),
                certificate != null && certificate.revoked());
    }
}

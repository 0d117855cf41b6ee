package dev.upkisim.workflow;

import dev.upkisim.core.Application;
import dev.upkisim.core.ApplicationState;
import dev.upkisim.core.ApplyType;
import dev.upkisim.store.ApplicationStore;
import dev.upkisim.store.CertificateStore;
import dev.upkisim.tsv.CertificateRegistry;
import dev.upkisim.tsv.RegisteredCertificate;
import dev.upkisim.tsv.SubjectDn;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The TSV check's view of the store, read on the upload's own write transaction so that two uploads of the same
 * DN cannot both pass. A DN is in use (error 212) once any certificate was issued for it, whatever its state now —
 * NII: 「証明書の有効・失効・期限内/切れ の状態にかかわらず、更新申請を行ってください」 — or while an application for it
 * is in progress.
 */
final class StoredCertificateRegistry implements CertificateRegistry {
    private static final Set<ApplicationState> IN_PROGRESS = EnumSet.of(ApplicationState.RECEIVED,
            ApplicationState.AWAITING_PICKUP, ApplicationState.ISSUED);
    private final Connection tx;
    private final ApplicationStore applications;
    private final CertificateStore certificates;

    StoredCertificateRegistry(Connection tx, ApplicationStore applications, CertificateStore certificates) {
        this.tx = tx;
        this.applications = applications;
        this.certificates = certificates;
    }

    @Override
    public boolean subjectInUse(String institutionId, String subjectDn) {
        String wanted = canonical(subjectDn);
        try {
            for (var certificate : certificates.byInstitution(tx, institutionId)) {
                if (canonical(certificate.requestedDn()).equals(wanted)) {
                    return true;
                }
            }
            for (Application application : applications.byInstitution(tx, institutionId)) {
                if (application.type() != ApplyType.REVOKE && IN_PROGRESS.contains(application.state())
                        && canonical(application.request().subjectDn()).equals(wanted)) {
                    return true;
                }
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<RegisteredCertificate> find(String institutionId, BigInteger serial) {
        try {
            return certificates.bySerial(tx, institutionId, serial).map(certificate -> new RegisteredCertificate(
                    certificate.serial(), certificate.requestedDn(), certificate.profile(), certificate.revoked()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String canonical(String dn) {
        return SubjectDn.parse(dn).map(SubjectDn::canonical).orElse(dn);
    }
}

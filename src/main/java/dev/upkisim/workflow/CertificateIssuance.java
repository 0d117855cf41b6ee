package dev.upkisim.workflow;

import dev.upkisim.ca.CaHierarchy;
import dev.upkisim.ca.CaRole;
import dev.upkisim.ca.Der;
import dev.upkisim.ca.EndEntityIssuer;
import dev.upkisim.ca.EndEntityRequest;
import dev.upkisim.ca.P12Format;
import dev.upkisim.ca.P12Writer;
import dev.upkisim.ca.Pem;
import dev.upkisim.ca.ServerCsr;
import dev.upkisim.ca.RsaKeyPool;
import dev.upkisim.ca.Serials;
import dev.upkisim.clock.SimClock;
import dev.upkisim.core.Application;
import dev.upkisim.core.ApplicationState;
import dev.upkisim.core.CertificateProfile;
import dev.upkisim.core.IssuedCertificate;
import dev.upkisim.store.ApplicationStore;
import dev.upkisim.store.CertificateStore;
import dev.upkisim.store.Database;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;
import javax.security.auth.x500.X500Principal;

/**
 * Issues an application's certificate, exactly once (DESIGN "Issuing exactly once"): the key pair is generated
 * by the simulator, as the real service does for client and S/MIME certificates (SPEC 1.2); a server
 * certificate is signed over the key of the admin's CSR ({@link #issueFromCsr}) and no private key is stored. The
 * certificate row and the state change are written in one transaction, and the certificate table's unique
 * application key makes a second issuance impossible — a caller that loses a race gets the certificate that won.
 */
public final class CertificateIssuance {
    private final Database database;
    private final ApplicationStore applications;
    private final CertificateStore certificates;
    private final CaHierarchy hierarchy;
    private final RsaKeyPool keys;
    private final SimClock clock;
    private final Supplier<URI> publicUrl;

    public CertificateIssuance(Database database, ApplicationStore applications, CertificateStore certificates,
                               CaHierarchy hierarchy, RsaKeyPool keys, SimClock clock, Supplier<URI> publicUrl) {
        this.database = database;
        this.applications = applications;
        this.certificates = certificates;
        this.hierarchy = hierarchy;
        this.keys = keys;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** @param from the state the application must be in for this issuance; it moves to ISSUED */
    public IssuedCertificate issue(Application application, ApplicationState from) {
        var existing = database.read(connection -> certificates.byApplication(connection, application.id()));
        if (existing.isPresent()) {
            return existing.get();
        }
        KeyPair pair = keys.take();
        var request = application.request();
        X509Certificate certificate = EndEntityIssuer.issue(hierarchy, new EndEntityRequest(request.profile(),
                new X500Principal(request.subjectDn()), request.userEmail(), pair.getPublic(), Serials.random128(),
                clock.now(), publicUrl.get()));
        IssuedCertificate issued = new IssuedCertificate(certificate.getSerialNumber(), application.id(),
                application.institutionId(), request.profile(), EndEntityIssuer.issuingCa(request.profile()).id(),
                certificate.getSubjectX500Principal().getName(), request.subjectDn(), request.userEmail(),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(), Der.encoded(certificate),
                clock.now(), null, null, null);
        return database.write(tx -> {
            var raced = certificates.byApplication(tx, application.id());
            if (raced.isPresent()) {
                return raced.get();
            }
            certificates.insert(tx, issued, pair.getPrivate().getEncoded());
            applications.transition(tx, application.id(), from, ApplicationState.ISSUED, clock.now());
            return issued;
        });
    }

    /** What else to write in the transaction that stores a certificate (its notice, the job's deletion). */
    @FunctionalInterface
    public interface AlsoInTransaction {
        void run(Connection tx, IssuedCertificate issued) throws SQLException;
    }

    /**
     * Issues a server certificate application (profile kind SERVER) over its CSR's key, for the names it applied
     * for, valid by {@code ca.ServerValidity} from now on the simulated clock. In one write transaction: the state
     * moves {@code from} → ISSUED, the certificate is stored (without a key: the admin has it) and
     * {@code alsoInTransaction} runs. Nothing happens, and {@code null} is returned, if the application is no
     * longer in {@code from} or already has a certificate.
     *
     * @throws IllegalArgumentException when the CSR or the names do not fit the profile, or the CA cannot sign for
     *                                  the period (the upload's checks make this an internal error)
     */
    public IssuedCertificate issueFromCsr(Application application, ApplicationState from, AlsoInTransaction alsoInTransaction) {
        var request = application.request();
        if (!request.isServer()) {
            throw new IllegalArgumentException("application " + application.id() + " is not a server certificate application");
        }
        ServerCsr csr = ServerCsr.parse(request.server().csrPem()).orElseThrow(() -> new IllegalArgumentException(
                "the CSR of application " + application.id() + " cannot be read"));
        X509Certificate certificate = EndEntityIssuer.issue(hierarchy, new EndEntityRequest(CertificateProfile.SERVER,
                new X500Principal(request.subjectDn()), null, csr.publicKey(), Serials.random128(), clock.now(),
                publicUrl.get(), request.server().dnsNames()));
        IssuedCertificate issued = new IssuedCertificate(certificate.getSerialNumber(), application.id(),
                application.institutionId(), request.profile(), EndEntityIssuer.issuingCa(request.profile()).id(),
                certificate.getSubjectX500Principal().getName(), request.subjectDn(), request.adminEmail(),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(), Der.encoded(certificate),
                clock.now(), null, null, null);
        return database.write(tx -> {
            if (certificates.byApplication(tx, application.id()).isPresent()
                    || !applications.transition(tx, application.id(), from, ApplicationState.ISSUED, clock.now())) {
                return null;
            }
            certificates.insert(tx, issued, null);
            alsoInTransaction.run(tx, issued);
            return issued;
        });
    }

    /** The PEM of the CA that issued a certificate. */
    public String issuingCaPem(IssuedCertificate issued) {
        return Pem.certificate(hierarchy.get(CaRole.fromId(issued.issuerId())).certificate());
    }

    /** Leaf, issuing CA and root as PEM, in that order (RFC 8446 4.4.2: the sender's certificate first). */
    public String pemChain(IssuedCertificate issued) {
        return Pem.encode("CERTIFICATE", issued.der()) + issuingCaPem(issued) + Pem.certificate(hierarchy.root().certificate());
    }

    /** The P12 of an issued certificate, chain included (SPEC 1.9); the password is the access PIN. */
    public byte[] p12(IssuedCertificate issued, String friendlyName, String password, P12Format format) {
        try {
            byte[] key = database.read(connection -> certificates.privateKey(connection, issued.serial()))
                    .orElseThrow(() -> new IllegalStateException("the key of certificate " + issued.serial() + " is gone"));
            PrivateKey privateKey = Der.rsaPrivateKey(key);
            X509Certificate leaf = Der.certificate(issued.der());
            List<X509Certificate> chain = List.of(hierarchy.get(CaRole.fromId(issued.issuerId())).certificate(),
                    hierarchy.root().certificate());
            return P12Writer.write(privateKey, leaf, chain, friendlyName, password.toCharArray(), format);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read certificate " + issued.serial(), e);
        }
    }
}

package dev.upkisim.workflow;

import dev.upkisim.ca.CaHierarchy;
import dev.upkisim.ca.CaRole;
import dev.upkisim.ca.EndEntityIssuer;
import dev.upkisim.ca.EndEntityRequest;
import dev.upkisim.ca.RsaKeyPool;
import dev.upkisim.ca.Serials;
import dev.upkisim.clock.SimClock;
import dev.upkisim.core.CertificateProfile;
import dev.upkisim.core.Institution;
import dev.upkisim.store.Database;
import dev.upkisim.store.RaCredentialStore;
import dev.upkisim.store.RaCredentialStore.RaCredential;
import java.math.BigInteger;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import javax.security.auth.x500.X500Principal;

/**
 * Each institution's RA operator certificate (profile 1, 登録担当者用証明書; SPEC 1.2), issued by the simulator
 * the first time it is asked for and kept, and the check that a TLS client presents one: issued by the client
 * CA, valid on the simulated clock, and the stored credential of exactly one institution.
 */
public final class RaCredentials {
    private final Database database;
    private final RaCredentialStore store;
    private final CaHierarchy hierarchy;
    private final RsaKeyPool keys;
    private final SimClock clock;
    private final Supplier<URI> publicUrl;

    public RaCredentials(Database database, RaCredentialStore store, CaHierarchy hierarchy, RsaKeyPool keys,
                         SimClock clock, Supplier<URI> publicUrl) {
        this.database = database;
        this.store = store;
        this.hierarchy = hierarchy;
        this.keys = keys;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    public RaCredential forInstitution(Institution institution) {
        Optional<RaCredential> stored = database.read(c -> store.byInstitution(c, institution.id()));
        if (stored.isPresent()) {
            return stored.get();
        }
        KeyPair pair = keys.take();
        X500Principal subject = new X500Principal("CN=RA Operator " + institution.id() + " (simulated), "
                + institution.dnBase());
        X509Certificate certificate = EndEntityIssuer.issue(hierarchy, new EndEntityRequest(CertificateProfile.RA_OPERATOR,
                subject, institution.raContact().email(), pair.getPublic(), Serials.random128(), clock.now(),
                publicUrl.get()));
        RaCredential fresh = new RaCredential(institution.id(), certificate, pair.getPrivate(), Secrets.accessPin());
        return database.write(tx -> store.insertIfAbsent(tx, fresh));
    }

    /** The institution whose RA operator presented {@code chain}, if it is a valid RA certificate. */
    public Optional<String> institutionOf(X509Certificate[] chain) {
        if (chain == null || chain.length == 0) {
            return Optional.empty();
        }
        X509Certificate presented = chain[0];
        try {
            presented.verify(hierarchy.get(CaRole.CLIENT).certificate().getPublicKey());
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
        Instant now = clock.now();
        if (now.isBefore(presented.getNotBefore().toInstant()) || !now.isBefore(presented.getNotAfter().toInstant())) {
            return Optional.empty();
        }
        BigInteger serial = presented.getSerialNumber();
        return database.read(c -> store.bySerial(c, serial))
                .filter(credential -> java.util.Arrays.equals(encoded(credential.certificate()), encoded(presented)))
                .map(RaCredential::institutionId);
    }

    private static byte[] encoded(X509Certificate certificate) {
        return dev.upkisim.ca.Der.encoded(certificate);
    }
}

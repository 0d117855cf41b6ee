package dev.upkisim.workflow;

import dev.upkisim.ca.CaRole;
import dev.upkisim.ca.OcspResponder;
import dev.upkisim.ca.OcspStatus;
import dev.upkisim.ca.RevokedEntry;
import dev.upkisim.core.IssuedCertificate;
import dev.upkisim.store.CertificateStore;
import dev.upkisim.store.Database;
import java.math.BigInteger;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The OCSP responder's in-memory view of which certificates each CA issued and revoked, so an answer needs no
 * database query: a certificate is read from the store once, the first time it is asked about, and the revoked
 * ones of a CA are reloaded whenever that CA publishes a CRL ({@link CrlPublishing#onPublished}), which every
 * revocation causes. Serials never issued are not remembered (they are asked about rarely) and are "unknown"
 * (RFC 6960 2.2).
 */
public final class RevocationView implements OcspResponder.StatusLookup {
    private final Database database;
    private final CertificateStore certificates;
    private final Map<CaRole, Map<BigInteger, OcspStatus>> known = new EnumMap<>(CaRole.class);
    private final AtomicLong generation = new AtomicLong();

    public RevocationView(Database database, CertificateStore certificates) {
        this.database = database;
        this.certificates = certificates;
        for (CaRole role : CaRole.values()) {
            known.put(role, new ConcurrentHashMap<>());
        }
    }

    @Override
    public OcspStatus status(CaRole ca, BigInteger serial) {
        Map<BigInteger, OcspStatus> statuses = known.get(ca);
        OcspStatus status = statuses.get(serial);
        if (status != null) {
            return status;
        }
        long before = generation.get();
        IssuedCertificate issued = database.read(connection -> certificates.byIssuerAndSerial(connection, ca.id(), serial))
                .orElse(null);
        if (issued == null) {
            return OcspStatus.UNKNOWN;
        }
        status = issued.revoked() ? new OcspStatus.Revoked(new RevokedEntry(serial, issued.revokedAt(),
                issued.revocationReason() == null ? 0 : issued.revocationReason(), issued.revokedAt())) : OcspStatus.GOOD;
        if (generation.get() == before) { // a refresh in between may know better: then ask the store again next time
            statuses.putIfAbsent(serial, status);
        }
        return status;
    }

    /** Reloads the revoked certificates of the CA (after a revocation was committed). */
    public void refresh(CaRole ca) {
        List<RevokedEntry> revoked = database.read(connection -> certificates.revokedBy(connection, ca.id()));
        Map<BigInteger, OcspStatus> statuses = known.get(ca);
        for (RevokedEntry entry : revoked) {
            statuses.put(entry.serial(), new OcspStatus.Revoked(entry));
        }
        generation.incrementAndGet();
    }

    /**
     * Forgets every certificate it knew (a reset deleted them all): from now on each is read from the store again,
     * and answers cached before are stale.
     */
    public void forgetAll() {
        known.values().forEach(Map::clear);
        generation.incrementAndGet();
    }

    /** Grows with every refresh: a cached response made at an older generation may be out of date. */
    public long generation() {
        return generation.get();
    }
}

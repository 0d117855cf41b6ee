package dev.upkisim.workflow;

import dev.upkisim.ca.CaHierarchy;
import dev.upkisim.ca.CaRole;
import dev.upkisim.ca.CrlBuilder;
import dev.upkisim.ca.RevokedEntry;
import dev.upkisim.clock.SimClock;
import dev.upkisim.store.CertificateStore;
import dev.upkisim.store.CrlStore;
import dev.upkisim.store.CrlStore.StoredCrl;
import dev.upkisim.store.Database;
import dev.upkisim.store.JobStore;
import dev.upkisim.store.JobStore.Job;
import dev.upkisim.core.Event;
import dev.upkisim.workflow.events.Timeline;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Publishes the CRL of each issuing CA (RFC 5280 section 5) as a persistent job: the job of a CA is due at
 * once when one of its certificates is revoked (whatever revoked it: {@link #requestIn} runs in the revoking
 * transaction), and otherwise halfway to the current CRL's nextUpdate, so a fresh CRL is always out before
 * the last one goes stale (RFC 5280 5.1.2.5). A CRL is signed once and cached: a GET never signs.
 */
public final class CrlPublishing implements JobHandler {
    public static final String JOB_KIND = "publish-crl";
    /** The CAs that issue end-entity certificates and so publish a CRL. */
    public static final List<CaRole> ISSUING = CaRole.issuing();

    private final Database database;
    private final CertificateStore certificates;
    private final CrlStore crls;
    private final JobStore jobs;
    private final SimClock clock;
    private final CaHierarchy hierarchy;
    private final Duration validity;
    private final Timeline timeline;
    private final Map<CaRole, StoredCrl> cache = new ConcurrentHashMap<>();
    private final List<Consumer<CaRole>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Deferred<Boolean> firstCrls = new Deferred<>(this::publishMissingNow);

    public CrlPublishing(Database database, CertificateStore certificates, CrlStore crls, JobStore jobs, SimClock clock,
                         CaHierarchy hierarchy, Duration validity, Timeline timeline) {
        this.database = database;
        this.certificates = certificates;
        this.crls = crls;
        this.jobs = jobs;
        this.clock = clock;
        this.hierarchy = hierarchy;
        this.validity = validity;
        this.timeline = timeline;
    }

    /** Schedules the CA's CRL to be regenerated now; call it in the transaction that revokes. */
    public void requestIn(Connection tx, String issuerId, Instant now) throws SQLException {
        CaRole role = CaRole.fromId(issuerId);
        if (ISSUING.contains(role)) {
            jobs.schedule(tx, JOB_KIND, role.ordinal(), now);
        }
    }

    /** Called with the CA after each new CRL is committed (the OCSP view refreshes from it). */
    public void onPublished(Consumer<CaRole> listener) {
        listeners.add(listener);
    }

    /**
     * After start: a CA that never published a CRL (a first start) publishes one. Signing three CRLs is work a
     * start need not wait for; {@link #current} waits for it instead, so the CRL URL answers from the first request.
     */
    public void publishMissing() {
        firstCrls.prepare();
    }

    private boolean publishMissingNow() {
        for (CaRole role : ISSUING) {
            if (hierarchy.find(role).isPresent() && latest(role).isEmpty()) {
                publish(role);
            }
        }
        return true;
    }

    @Override
    public void run(Job job) {
        publish(CaRole.values()[(int) job.subjectId()]);
    }

    /** The CA's current CRL, from memory after the first read; once the missing ones are published. */
    public Optional<StoredCrl> current(CaRole role) {
        firstCrls.get();
        return latest(role);
    }

    private Optional<StoredCrl> latest(CaRole role) {
        StoredCrl cached = cache.get(role);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<StoredCrl> stored = database.read(connection -> crls.latest(connection, role.id()));
        stored.ifPresent(crl -> cache.merge(role, crl, CrlPublishing::newer));
        return stored;
    }

    /**
     * Signs and stores the next CRL; the revoked entries are read in the same write transaction, so a revocation
     * committed later finds this job due again and is never missed.
     */
    public StoredCrl publish(CaRole role) {
        StoredCrl crl = database.write(tx -> publishIn(tx, role));
        announce(role, crl);
        return crl;
    }

    /**
     * Signs and stores the CA's next CRL in the caller's transaction (a reset republishes every CRL in its own);
     * call {@link #announce} once that transaction is committed.
     */
    public StoredCrl publishIn(Connection tx, CaRole role) throws SQLException {
        Instant thisUpdate = clock.now();
        Instant nextUpdate = thisUpdate.plus(validity);
        List<RevokedEntry> revoked = certificates.revokedBy(tx, role.id());
        var number = crls.nextNumber(tx, role.id());
        StoredCrl next = new StoredCrl(role.id(), number, thisUpdate, nextUpdate,
                CrlBuilder.build(hierarchy.get(role), revoked, number, thisUpdate, nextUpdate));
        crls.save(tx, next);
        timeline.record(tx, Event.of("repo", "crl.published", "CRL number " + number + " of the " + role.id() + " CA"
                + " published with " + revoked.size() + " revoked certificate(s); next update " + nextUpdate));
        jobs.schedule(tx, JOB_KIND, role.ordinal(), thisUpdate.plus(validity.dividedBy(2)));
        return next;
    }

    /** Serves a committed CRL from now on and tells the listeners (the OCSP view). */
    public void announce(CaRole role, StoredCrl crl) {
        cache.merge(role, crl, CrlPublishing::newer);
        listeners.forEach(listener -> listener.accept(role));
    }

    private static StoredCrl newer(StoredCrl a, StoredCrl b) {
        return a.number().compareTo(b.number()) >= 0 ? a : b;
    }
}

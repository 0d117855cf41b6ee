package dev.upkisim.workflow;

import dev.upkisim.ca.CaHierarchy;
import dev.upkisim.ca.CaRole;
import dev.upkisim.ca.OcspResponder;
import dev.upkisim.ca.OcspSigningCertificate;
import dev.upkisim.ca.OcspStatus;
import dev.upkisim.ca.RsaKeyPool;
import dev.upkisim.clock.SimClock;
import dev.upkisim.store.Database;
import dev.upkisim.store.OcspResponderStore;
import dev.upkisim.store.OcspResponderStore.Responder;
import dev.upkisim.workflow.faults.OcspKnob;
import java.nio.ByteBuffer;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.cert.ocsp.OCSPReq;

/**
 * The OCSP responder behind {@code /repo/ocsp} (RFC 6960): one delegated signer per issuing CA, created on first
 * start and kept in the store; statuses from the {@link RevocationView}. The signers are loaded, or on a first start
 * issued (three RSA keys), after the simulator is ready ({@link #prepare}) or by the first request, which waits for
 * them: start-up need not. A request without a nonce may get a
 * response signed up to {@link #REUSE} (simulated) earlier for the very same request, unless a revocation came
 * in since — RFC 5019 2.2.1 allows such pre-produced responses; a request with a nonce is always signed anew
 * and its nonce echoed (RFC 6960 4.4.1).
 */
public final class OcspService {
    /** nextUpdate − thisUpdate of each answer (RFC 6960 4.2.2.1): short, so clients come back soon. */
    public static final Duration VALIDITY = Duration.ofHours(1);
    /** How long a signed answer to a nonce-less request is reused. */
    public static final Duration REUSE = Duration.ofMinutes(1);
    /** How far back a stale answer is dated: its nextUpdate lies one {@link #VALIDITY} before now. */
    public static final Duration STALE_BY = VALIDITY.multipliedBy(2);
    private static final int CACHE_LIMIT = 10_000;

    private final Deferred<OcspResponder> responder;
    private final RevocationView view;
    private final SimClock clock;
    private final Map<ByteBuffer, Signed> reusable = new ConcurrentHashMap<>();

    private record Signed(byte[] der, Instant producedAt, long generation) {
    }

    public OcspService(Database database, OcspResponderStore store, CaHierarchy hierarchy, RsaKeyPool keys,
                       SimClock clock, RevocationView view) {
        this.responder = new Deferred<>(() -> load(database, store, hierarchy, keys, clock, view));
        this.view = view;
        this.clock = clock;
    }

    /** Loads or issues the signers now, unless a request already did (called in the background once ready). */
    public void prepare() {
        responder.prepare();
    }

    /** Loads each issuing CA's responder certificate and key, or issues and stores them on first start. */
    private static OcspResponder load(Database database, OcspResponderStore store, CaHierarchy hierarchy, RsaKeyPool keys,
                                      SimClock clock, RevocationView view) {
        Map<CaRole, Responder> stored = new EnumMap<>(CaRole.class);
        for (CaRole role : CrlPublishing.ISSUING) {
            database.read(connection -> store.find(connection, role.id())).ifPresent(found -> stored.put(role, found));
        }
        int missing = (int) CrlPublishing.ISSUING.stream()
                .filter(role -> hierarchy.find(role).isPresent() && !stored.containsKey(role)).count();
        keys.prefill(missing); // on a first start: the keys, on every core at once
        List<OcspResponder.Signer> signers = new ArrayList<>();
        for (CaRole role : CrlPublishing.ISSUING) {
            hierarchy.find(role).ifPresent(ca -> {
                Responder responder = stored.computeIfAbsent(role, absent -> {
                    KeyPair pair = keys.take();
                    Responder created = new Responder(OcspSigningCertificate.issue(ca, pair, clock.now()), pair.getPrivate());
                    database.write(tx -> {
                        store.save(tx, role.id(), created);
                        return null;
                    });
                    return created;
                });
                signers.add(new OcspResponder.Signer(ca, responder.certificate(), responder.key()));
                view.refresh(role);
            });
        }
        return new OcspResponder(signers, VALIDITY);
    }

    /**
     * The DER OCSPResponse to a DER OCSPRequest as a fault rule wants it misanswered (issue 6 item 2; never reused,
     * never kept for reuse):
     * <ul>
     *   <li>{@link OcspKnob#TRY_LATER}: unsigned tryLater (RFC 6960 2.3);</li>
     *   <li>{@link OcspKnob#STALE}: signed as if {@link #STALE_BY} earlier, so thisUpdate and nextUpdate are both in
     *       the past of the simulated clock (RFC 6960 4.2.2.1: such a response SHOULD be considered unreliable);</li>
     *   <li>{@link OcspKnob#UNKNOWN}: signed, {@code unknown} (RFC 6960 2.2) for every certificate asked about.</li>
     * </ul>
     * {@code null} answers correctly, as {@link #respond(byte[])}. A malformed request still gets malformedRequest,
     * except with tryLater.
     */
    public byte[] respond(byte[] requestDer, OcspKnob knob) {
        if (knob == null) {
            return respond(requestDer);
        }
        return switch (knob) {
            case TRY_LATER -> OcspResponder.tryLater();
            case STALE -> responder.get().respond(OcspResponder.parse(requestDer), clock.now().minus(STALE_BY), view);
            case UNKNOWN -> responder.get().respond(OcspResponder.parse(requestDer), clock.now(), (ca, serial) -> OcspStatus.UNKNOWN);
        };
    }

    /**
     * The DER OCSPResponse to a DER OCSPRequest (malformed input gets a malformedRequest response). The reuse cache is
     * looked up by the request's bytes before the request is parsed: only well-formed requests without a nonce are
     * ever kept, so a hit needs no parsing (issue 6's throughput target).
     */
    public byte[] respond(byte[] requestDer) {
        Instant now = clock.now();
        long generation = view.generation();
        ByteBuffer key = ByteBuffer.wrap(requestDer);
        Signed signed = reusable.get(key);
        if (signed != null && signed.generation() == generation && !now.isBefore(signed.producedAt())
                && now.isBefore(signed.producedAt().plus(REUSE))) {
            return signed.der();
        }
        OCSPReq request = OcspResponder.parse(requestDer);
        if (request == null || OcspResponder.hasNonce(request)) {
            return responder.get().respond(request, now, view);
        }
        byte[] der = responder.get().respond(request, now, view);
        if (reusable.size() >= CACHE_LIMIT) {
            reusable.clear();
        }
        reusable.put(key, new Signed(der, now, generation));
        return der;
    }
}

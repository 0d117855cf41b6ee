package dev.upkisim.web;

import dev.upkisim.workflow.faults.FaultAction;
import dev.upkisim.workflow.faults.FaultDecision;
import dev.upkisim.workflow.faults.FaultInjector;
import dev.upkisim.workflow.faults.HttpFaultRequest;
import dev.upkisim.workflow.faults.OcspKnob;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * The HTTP side of fault injection (SPEC 1.6, issue 5 item 3): runs for every routed request after the faces'
 * guards (so it knows who asks, {@link RequestIdentity}) and before the route, and carries out what the fault rules
 * decide — wait, answer a status in the owning face's own error style (through the one error mapping, so the NII
 * face answers its EUC-JP page, the portal its page, {@code /sim/} problem+json), drop the connection, or leave an
 * OCSP misbehaviour for the OCSP route to answer with ({@link #ocspKnob}).
 * <p>
 * Delays are waited in real time, not on the simulated clock: the one waiting is an HTTP client whose timeouts
 * run on the wall clock; a frozen simulated clock would make the wait endless, a sped-up one would make it vanish.
 * {@code /sim/faults} itself is never faulted, so a rule can always be listed and removed.
 */
public final class HttpFaults {
    private static final String OCSP_KNOB = "upki-sim.ocsp-knob";
    private static final String FAULTS_API = "/sim/faults";
    private final FaultInjector faults;

    public HttpFaults(FaultInjector faults) {
        this.faults = faults;
    }

    void apply(Context ctx, Face face) {
        String path = ctx.path();
        if (!faults.active() || path.equals(FAULTS_API) || path.startsWith(FAULTS_API + "/")) {
            return;
        }
        RequestIdentity who = RequestIdentity.of(ctx);
        FaultDecision decision = faults.forRequest(new HttpFaultRequest(face.name(), ctx.method().name(), path,
                who.user(), who.institution()));
        if (!decision.delay().isZero()) {
            waitRealTime(decision.delay());
        }
        if (decision.ending().isEmpty()) {
            return;
        }
        FaultAction ending = decision.ending().get();
        long rule = decision.firings().get(decision.firings().size() - 1).rule().id();
        if (ending instanceof FaultAction.Status status) {
            throw new WebError(status.status(), "fault-injected", "upki-sim fault rule " + rule + " answered "
                    + status.status() + " on purpose (see GET /sim/faults)");
        } else if (ending instanceof FaultAction.Reset) {
            throw ConnectionAbort.abort(ctx);
        }
        decision.ocspKnob().ifPresent(knob -> ctx.attribute(OCSP_KNOB, knob));
    }

    /** Whether no fault rule is in force, so no request needs to be looked at (a {@link FastLane} may serve). */
    boolean quiet() {
        return !faults.active();
    }

    /** The OCSP misbehaviour a fired rule asked for, or {@code null} for a correct answer. */
    public static OcspKnob ocspKnob(Context ctx) {
        return ctx.attribute(OCSP_KNOB);
    }

    private static void waitRealTime(Duration delay) {
        long deadline = System.nanoTime() + delay.toNanos();
        for (long left = delay.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
            if (Thread.currentThread().isInterrupted()) {
                return; // the server is stopping
            }
        }
    }
}

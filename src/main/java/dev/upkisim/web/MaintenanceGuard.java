package dev.upkisim.web;

import dev.upkisim.clock.SimClock;
import dev.upkisim.core.MaintenanceOccurrence;
import dev.upkisim.core.ServiceFace;
import dev.upkisim.workflow.maintenance.MaintenanceCalendar;
import dev.upkisim.workflow.maintenance.MaintenanceWatch;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Turns requests to a face in maintenance away (SPEC 1.6): HTTP 503, {@code Retry-After} with the seconds until the
 * window ends (RFC 9110 §10.2.3), {@code Cache-Control: no-store}, and the owning face's own maintenance page or
 * problem document. Paths belong to faces by prefix as in SPEC 1's table; {@code /acme} is guarded even before an ACME
 * face exists, and {@code /sim/} never is, so a trainer can always end a maintenance.
 *
 * <p>Retry-After is in real seconds: the simulated time left divided by the clock's speed (with a frozen clock, the
 * simulated time left, as the clock stands), at least 1.
 */
public final class MaintenanceGuard implements RequestGate {
    private static final Map<String, ServiceFace> PREFIXES = Map.of("/jupki", ServiceFace.JUPKI,
            "/upki-odcert", ServiceFace.UPKI, "/acme", ServiceFace.ACME, "/repo", ServiceFace.REPO);
    private final MaintenanceCalendar calendar;
    private final MaintenanceWatch watch;
    private final SimClock clock;

    public MaintenanceGuard(MaintenanceCalendar calendar, MaintenanceWatch watch, SimClock clock) {
        this.calendar = calendar;
        this.watch = watch;
        this.clock = clock;
    }

    @Override
    public boolean answered(Context ctx, Face owner) {
        Optional<ServiceFace> face = faceOf(ctx.path());
        if (face.isEmpty()) {
            return false;
        }
        SimClock.Reading reading = clock.read();
        Optional<MaintenanceOccurrence> maintenance = calendar.activeFor(face.get(), reading.now());
        if (maintenance.isEmpty()) {
            return false;
        }
        watch.observe(reading.now());
        MaintenanceOccurrence occurrence = maintenance.get();
        watch.blocked(occurrence, ctx.method() + " " + ctx.path());
        long retryAfter = retryAfterSeconds(Duration.between(reading.now(), occurrence.end()), reading.speed(), reading.frozen());
        ctx.status(503).header("Retry-After", Long.toString(retryAfter)).header("Cache-Control", "no-store");
        owner.renderMaintenance(ctx, new MaintenanceNotice(occurrence.face(), occurrence.window().id(),
                occurrence.window().title(), occurrence.start(), occurrence.end(), retryAfter));
        return true;
    }

    /** Quiet while no maintenance of the path's face is going on (a cheap question, see {@link MaintenanceCalendar}). */
    @Override
    public boolean quiet(String path) {
        Optional<ServiceFace> face = faceOf(path);
        return face.isEmpty() || calendar.activeFor(face.get(), clock.now()).isEmpty();
    }

    static Optional<ServiceFace> faceOf(String path) {
        for (Map.Entry<String, ServiceFace> entry : PREFIXES.entrySet()) {
            String prefix = entry.getKey();
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    static long retryAfterSeconds(Duration simulatedLeft, double speed, boolean frozen) {
        double seconds = simulatedLeft.toMillis() / 1000.0 / (frozen ? 1.0 : speed);
        return Math.max(1, (long) Math.ceil(seconds));
    }
}

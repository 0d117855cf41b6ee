package dev.upkisim.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The only source of "now" in upki-sim (SPEC 1.6): simulated time that runs at real speed, faster or
 * slower ({@code speed}), stands still ({@code frozen}) or jumps forward ({@link #advance}). It never
 * goes backwards, so URL expiry, validity and job due times stay ordered.
 *
 * <p>Listeners hear every change (the store persists it; the job runner re-checks due work).
 */
public final class SimClock {
    private final Clock wall;
    private final List<Consumer<ClockState>> listeners = new CopyOnWriteArrayList<>();
    private ClockState state;

    public SimClock(Clock wall, ClockState state) {
        this.wall = wall;
        this.state = state;
    }

    /** Simulated time now. */
    public synchronized Instant now() {
        return state.simulatedAt(wall.instant());
    }

    /** Real time now: only for what real outside parties check against their own clocks (DESIGN rule 7). */
    public Instant wallNow() {
        return wall.instant();
    }

    /** Now, speed and frozen read together. */
    public synchronized Reading read() {
        return new Reading(now(), state.speed(), state.frozen());
    }

    public record Reading(Instant now, double speed, boolean frozen) {
    }

    public synchronized double speed() {
        return state.speed();
    }

    public synchronized boolean frozen() {
        return state.frozen();
    }

    public synchronized ClockState state() {
        return state;
    }

    /**
     * Moves simulated time forward by an ISO-8601 amount: calendar units first ({@code P1M} is one
     * calendar month in UTC), then the time part ({@code PT2H}).
     */
    public void advance(ClockAmount amount) {
        change(amount, null, null);
    }

    public void setSpeed(double speed) {
        change(null, speed, null);
    }

    public void setFrozen(boolean frozen) {
        change(null, null, frozen);
    }

    /**
     * Applies any of the three in one step (one listener call), re-anchored at the current instant;
     * {@code null} leaves that part as it is.
     */
    public void change(ClockAmount advance, Double speed, Boolean frozen) {
        if (advance != null && advance.isNegative()) {
            throw new IllegalArgumentException("the simulated clock only moves forward; '-' amounts are not allowed");
        }
        ClockState changed;
        synchronized (this) {
            Instant wallNow = wall.instant();
            Instant simNow = state.simulatedAt(wallNow);
            Instant moved = advance == null ? simNow
                    : simNow.atOffset(ZoneOffset.UTC).plus(advance.calendar()).toInstant().plus(advance.time());
            changed = new ClockState(moved, wallNow,
                    speed == null ? state.speed() : speed,
                    frozen == null ? state.frozen() : frozen);
            state = changed;
        }
        listeners.forEach(listener -> listener.accept(changed));
    }

    public void onChange(Consumer<ClockState> listener) {
        listeners.add(listener);
    }
}

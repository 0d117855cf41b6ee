package dev.upkisim.clock;

import java.time.Instant;

/**
 * What the simulated clock needs to be rebuilt: at wall time {@code wallAnchor} the simulated time was
 * {@code simAnchor}; since then it has run at {@code speed} times real time, or stood still if frozen.
 */
public record ClockState(Instant simAnchor, Instant wallAnchor, double speed, boolean frozen) {
    public static final double MAX_SPEED = 1_000_000;

    public ClockState {
        if (!(speed > 0 && speed <= MAX_SPEED)) {
            throw new IllegalArgumentException("speed must be above 0 and at most " + (long) MAX_SPEED + ", was " + speed);
        }
    }

    /** Real time, not frozen, no offset. */
    public static ClockState realTime(Instant wallNow) {
        return new ClockState(wallNow, wallNow, 1.0, false);
    }

    Instant simulatedAt(Instant wallNow) {
        if (frozen) {
            return simAnchor;
        }
        long elapsedNanos = java.time.Duration.between(wallAnchor, wallNow).toNanos();
        long simulatedNanos = speed == 1.0 ? elapsedNanos : Math.round(elapsedNanos * speed);
        return simAnchor.plusNanos(simulatedNanos);
    }
}

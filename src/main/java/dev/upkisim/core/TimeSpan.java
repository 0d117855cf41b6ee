package dev.upkisim.core;

import java.time.Duration;
import java.time.Instant;

/** A stretch of simulated time, start included and end excluded, such as one occurrence of a maintenance window. */
public record TimeSpan(Instant start, Instant end) {

    public TimeSpan {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a window must end after it starts (" + start + " – " + end + ")");
        }
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** True when this span and {@code [from, to)} share an instant. */
    public boolean overlaps(Instant from, Instant to) {
        return end.isAfter(from) && start.isBefore(to);
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}

package dev.upkisim.core;

import java.time.Instant;
import java.util.List;

/**
 * When a maintenance window takes place (SPEC 1.6: one-off and recurring windows): a single span of time
 * ({@link Once}) or a {@link Recurrence} such as "every 3rd Saturday 09:00–18:00 JST". Always read against the
 * simulated clock's instants; nothing here knows what "now" is.
 */
public sealed interface MaintenanceTiming permits MaintenanceTiming.Once, Recurrence {

    /** The occurrences that overlap {@code [from, to)}, earliest first, at most {@code limit}. */
    List<TimeSpan> spans(Instant from, Instant to, int limit);

    /** The occurrence that contains {@code now}, if any. */
    default java.util.Optional<TimeSpan> spanAt(Instant now) {
        return spans(now, now.plusNanos(1), 1).stream().findFirst();
    }

    /** One span of time, e.g. 2026-12-19T00:00Z to 09:00Z. */
    record Once(TimeSpan span) implements MaintenanceTiming {
        @Override
        public List<TimeSpan> spans(Instant from, Instant to, int limit) {
            return limit > 0 && span.overlaps(from, to) ? List.of(span) : List.of();
        }
    }
}

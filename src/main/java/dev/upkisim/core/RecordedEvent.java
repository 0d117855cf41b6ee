package dev.upkisim.core;

import java.time.Instant;

/** An {@link Event} as the timeline stored it: its id (ascending in commit order) and when, simulated and real. */
public record RecordedEvent(long id, Instant simAt, Instant wallAt, Event event) {
}

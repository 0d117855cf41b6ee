package dev.upkisim.core;

import java.time.Instant;

/** One occurrence of a {@link MaintenanceWindow}: the window and the span of simulated time it takes this time. */
public record MaintenanceOccurrence(MaintenanceWindow window, TimeSpan span) {

    public ServiceFace face() {
        return window.face();
    }

    public Instant start() {
        return span.start();
    }

    public Instant end() {
        return span.end();
    }

    public boolean activeAt(Instant now) {
        return span.contains(now);
    }

    /** Names this occurrence across restarts: the window's id and the occurrence's start. */
    public String key() {
        return window.id() + "@" + span.start();
    }
}

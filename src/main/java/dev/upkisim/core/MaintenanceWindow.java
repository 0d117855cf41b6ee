package dev.upkisim.core;

import java.time.Instant;

/**
 * A maintenance window of one face (SPEC 1.6): {@code jupki} (the portal), {@code upki} (the NII side), {@code acme},
 * {@code repo}. Shown in the portal's 「障害・メンテナンス」 box (seed FAQ).
 */
public record MaintenanceWindow(String face, Instant start, Instant end, LocalizedText title) {

    public boolean activeAt(Instant now) {
        return !now.isBefore(start) && now.isBefore(end);
    }

    public boolean comingAfter(Instant now) {
        return start.isAfter(now);
    }
}

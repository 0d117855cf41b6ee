package dev.upkisim.workflow.maintenance;

import dev.upkisim.core.MaintenanceOccurrence;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the portal's 「障害・メンテナンス」 box announces (SPEC 1.5, seed FAQ): the maintenance going on and coming
 * within the horizon (setting {@code maintenance.horizon}), of every face, from the fixtures and the API alike; of a
 * recurring window, its next occurrence only.
 */
public final class MaintenanceAnnouncements {
    private final MaintenanceCalendar calendar;
    private final Duration horizon;

    public MaintenanceAnnouncements(MaintenanceCalendar calendar, Duration horizon) {
        this.calendar = calendar;
        this.horizon = horizon;
    }

    /** Current and coming occurrences at the simulated instant {@code now}, by start. */
    public List<MaintenanceOccurrence> at(Instant now) {
        return calendar.between(now, now.plus(horizon), 1);
    }
}

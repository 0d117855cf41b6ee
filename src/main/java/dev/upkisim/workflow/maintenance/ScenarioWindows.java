package dev.upkisim.workflow.maintenance;

import dev.upkisim.clock.SimClock;
import dev.upkisim.core.Event;
import dev.upkisim.core.MaintenanceOccurrence;
import dev.upkisim.core.MaintenanceWindow;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The maintenance windows a scenario sets (SPEC 1.6: scenarios "set clock, delays, maintenance, quirks and faults in
 * one step"): they replace every window added at run time, in the scenario's transaction. A window given only a
 * {@code duration} starts at the simulated instant the scenario is loaded (or reset), so {@code maintenance-now} means
 * now. Work that a deleted window was holding back runs at once, as after {@code DELETE /sim/maintenance}; the
 * {@link MaintenanceWatch} tells the starts and ends at the scheduler's next pass (within a second).
 */
public final class ScenarioWindows {
    private final MaintenanceCalendar calendar;
    private final MaintenanceJobPause pause;
    private final SimClock clock;
    private final Runnable wakeJobs;

    /** @param wakeJobs asks the job runner to look for due work now (quick; it only pokes the scheduler) */
    public ScenarioWindows(MaintenanceCalendar calendar, MaintenanceJobPause pause, SimClock clock, Runnable wakeJobs) {
        this.calendar = calendar;
        this.pause = pause;
        this.clock = clock;
        this.wakeJobs = wakeJobs;
    }

    /**
     * The window entry {@code index} (from 0) of a scenario describes, checked as the API checks it
     * ({@link MaintenanceWindowFields}); without an {@code id} it is {@code scenario-1}, {@code scenario-2}, …; a
     * duration-only window starts at {@code now}.
     *
     * @throws IllegalArgumentException saying which field is wrong
     */
    public static MaintenanceWindow window(Map<?, ?> fields, int index, Instant now) {
        return MaintenanceWindowFields.parse(fields, "scenario-" + (index + 1), MaintenanceWindow.Origin.SCENARIO, now);
    }

    /** Whether {@code id} is a window of the fixtures' calendar ({@code maintenance.yaml}), which a scenario cannot reuse. */
    public boolean fromFixtures(String id) {
        return calendar.windows().stream().anyMatch(window -> window.origin() == MaintenanceWindow.Origin.FIXTURES
                && window.id().equals(id));
    }

    /**
     * Replaces the added windows with the scenario's in {@code tx} (a {@code Database.write} transaction).
     *
     * @param entries  the scenario's entries, already checked with {@link #window}
     * @param tell     whether to record {@code maintenance.cancelled} / {@code maintenance.scheduled} (a load does;
     *                 a reset empties the timeline and its {@code sim.reset} event lists what the scenario set)
     * @return what to run once committed (quick, cannot fail)
     */
    public Runnable replaceIn(Connection tx, List<Map<?, ?>> entries, String scenario, boolean tell)
            throws SQLException {
        Instant now = clock.now();
        List<MaintenanceWindow> windows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            windows.add(window(entries.get(i), i, now));
        }
        List<MaintenanceWindow> replaced = calendar.added();
        for (MaintenanceWindow old : replaced) {
            Optional<MaintenanceOccurrence> going = old.occurrenceAt(now);
            if (going.isPresent()) {
                pause.resumeEarlyIn(tx, going.get(), now);
            }
        }
        List<Event> events = new ArrayList<>();
        if (tell && !replaced.isEmpty()) {
            events.add(Event.of("sim", "maintenance.cancelled", MaintenanceReasons.replacedByScenario(replaced, scenario)));
        }
        if (tell) {
            windows.forEach(window -> events.add(Event.of(window.face().id(), "maintenance.scheduled",
                    MaintenanceReasons.setByScenario(window, scenario))));
        }
        Runnable adopt = calendar.replaceAddedIn(tx, windows, events);
        return () -> {
            adopt.run();
            wakeJobs.run();
        };
    }
}

package dev.upkisim.workflow.maintenance;

import dev.upkisim.clock.SimClock;
import dev.upkisim.core.MaintenanceOccurrence;
import dev.upkisim.core.MaintenanceTiming;
import dev.upkisim.core.MaintenanceWindow;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code /sim/maintenance} does (SPEC 1.7): list the windows with their state on the simulated clock, add one,
 * delete one or all added ones. A deletion ends its maintenance at once: the jobs it held back run now, and the
 * timeline tells the early end without waiting for the scheduler's next pass.
 */
public final class MaintenanceControl {
    private final MaintenanceCalendar calendar;
    private final MaintenanceWatch watch;
    private final MaintenanceJobPause pause;
    private final SimClock clock;
    private final Runnable wakeJobs;

    /** One window as the API lists it, at {@code now}. */
    public record WindowState(MaintenanceWindow window, Optional<MaintenanceOccurrence> current, long blockedRequests,
                              List<MaintenanceOccurrence> next, boolean over) {
    }

    /** @param wakeJobs asks the job runner to look for due work now */
    public MaintenanceControl(MaintenanceCalendar calendar, MaintenanceWatch watch, MaintenanceJobPause pause,
                              SimClock clock, Runnable wakeJobs) {
        this.calendar = calendar;
        this.watch = watch;
        this.pause = pause;
        this.clock = clock;
        this.wakeJobs = wakeJobs;
    }

    public Instant now() {
        return clock.now();
    }

    /** Every window at {@code now}: going on first, then by next start; {@code occurrences} next ones each. */
    public List<WindowState> list(Instant now, int occurrences) {
        watch.observe(now);
        return calendar.windows().stream().map(window -> state(window, now, occurrences))
                .sorted(Comparator.comparing((WindowState state) -> state.current().isEmpty())
                        .thenComparing(state -> state.next().isEmpty() ? Instant.MAX : state.next().get(0).start()))
                .toList();
    }

    public Optional<WindowState> find(String id, Instant now, int occurrences) {
        return calendar.windows().stream().filter(window -> window.id().equals(id)).findFirst()
                .map(window -> state(window, now, occurrences));
    }

    /** @throws IllegalArgumentException for bad fields; then nothing has changed */
    public MaintenanceWindow add(Map<?, ?> fields) {
        MaintenanceWindow window = calendar.add(fields);
        watch.observe(clock.now());
        return window;
    }

    public MaintenanceCalendar.Removal remove(String id) {
        Instant now = clock.now();
        Optional<MaintenanceOccurrence> current = calendar.windows().stream().filter(window -> window.id().equals(id))
                .findFirst().flatMap(window -> window.occurrenceAt(now));
        MaintenanceCalendar.Removal removal = calendar.remove(id);
        if (removal == MaintenanceCalendar.Removal.REMOVED) {
            endEarly(current.stream().toList(), now);
        }
        return removal;
    }

    /** @return the deleted windows */
    public List<MaintenanceWindow> removeAdded() {
        Instant now = clock.now();
        List<MaintenanceWindow> removed = calendar.removeAdded();
        endEarly(removed.stream().flatMap(window -> window.occurrenceAt(now).stream()).toList(), now);
        return removed;
    }

    private void endEarly(List<MaintenanceOccurrence> ended, Instant now) {
        watch.observe(now);
        ended.forEach(occurrence -> pause.resumeEarly(occurrence, now));
        wakeJobs.run();
    }

    private WindowState state(MaintenanceWindow window, Instant now, int occurrences) {
        Optional<MaintenanceOccurrence> current = window.occurrenceAt(now);
        List<MaintenanceOccurrence> next = window.occurrences(now, Instant.MAX, occurrences + 1).stream()
                .filter(occurrence -> occurrence.start().isAfter(now)).limit(occurrences).toList();
        boolean over = window.timing() instanceof MaintenanceTiming.Once once && !once.span().end().isAfter(now);
        return new WindowState(window, current, current.map(occurrence -> watch.blockedCount(occurrence.key())).orElse(0L),
                next, over);
    }
}

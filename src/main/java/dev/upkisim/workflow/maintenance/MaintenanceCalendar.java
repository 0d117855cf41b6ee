package dev.upkisim.workflow.maintenance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkisim.clock.SimClock;
import dev.upkisim.core.Event;
import dev.upkisim.core.MaintenanceOccurrence;
import dev.upkisim.core.MaintenanceTiming;
import dev.upkisim.core.MaintenanceWindow;
import dev.upkisim.core.ServiceFace;
import dev.upkisim.store.ControlStore;
import dev.upkisim.store.Database;
import dev.upkisim.store.StoredDataException;
import dev.upkisim.workflow.events.Timeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every maintenance window (SPEC 1.6): the fixtures' calendar, read at start, and the windows added through
 * {@code /sim/maintenance}, which are kept in {@code sim_control} (document {@value #CONTROL}) so a restart keeps
 * them. An addition or deletion is committed together with its timeline event; bad input changes nothing.
 * All questions are asked for a given simulated instant: the calendar itself never reads the clock, except for
 * "starting now" windows and the refusal of windows that are already over.
 */
public final class MaintenanceCalendar {
    static final String CONTROL = "maintenance";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Database database;
    private final ControlStore controls;
    private final Timeline timeline;
    private final SimClock clock;
    private volatile List<MaintenanceWindow> fixtureWindows;
    private volatile List<MaintenanceWindow> added;
    private long lastNumber;

    /** What {@link #remove} did. */
    public enum Removal { REMOVED, UNKNOWN, FROM_FIXTURES }

    /** The document in {@code sim_control}: the windows in {@link MaintenanceWindowFields} form. */
    record Stored(long lastNumber, List<Map<String, Object>> windows) {
    }

    public MaintenanceCalendar(Database database, ControlStore controls, Timeline timeline, SimClock clock,
                               List<MaintenanceWindow> fixtureWindows) {
        this.database = database;
        this.controls = controls;
        this.timeline = timeline;
        this.clock = clock;
        this.fixtureWindows = List.copyOf(fixtureWindows);
        Stored stored = database.read(connection -> controls.find(connection, CONTROL)).map(MaintenanceCalendar::read)
                .orElse(new Stored(0, List.of()));
        this.lastNumber = stored.lastNumber();
        this.added = windowsOf(stored);
    }

    /** The fixtures' windows, then the added ones in the order they were added. */
    public List<MaintenanceWindow> windows() {
        return Stream.concat(fixtureWindows.stream(), added.stream()).toList();
    }

    /** The occurrences going on at {@code now}, of every face. */
    public List<MaintenanceOccurrence> activeAt(Instant now) {
        return windows().stream().flatMap(window -> window.occurrenceAt(now).stream()).toList();
    }

    /** The face's occurrence going on at {@code now}; of overlapping ones, the one that ends last. */
    public Optional<MaintenanceOccurrence> activeFor(ServiceFace face, Instant now) {
        return activeAt(now).stream().filter(occurrence -> occurrence.face() == face)
                .max(Comparator.comparing(MaintenanceOccurrence::end));
    }

    /** Occurrences overlapping {@code [from, to)}, at most {@code perWindow} of each window, by start. */
    public List<MaintenanceOccurrence> between(Instant from, Instant to, int perWindow) {
        return windows().stream().flatMap(window -> window.occurrences(from, to, perWindow).stream())
                .sorted(Comparator.comparing(MaintenanceOccurrence::start)).toList();
    }

    /**
     * Adds a window given in {@link MaintenanceWindowFields} form; a window with only a duration starts now.
     *
     * @throws IllegalArgumentException saying what is wrong; then nothing has changed
     */
    public synchronized MaintenanceWindow add(Map<?, ?> fields) {
        Instant now = clock.now();
        long number = lastNumber + 1;
        while (taken("api-" + number)) {
            number++;
        }
        MaintenanceWindow window = MaintenanceWindowFields.parse(fields, "api-" + number, MaintenanceWindow.Origin.API, now);
        if (taken(window.id())) {
            throw new IllegalArgumentException("id '" + window.id() + "' is taken; choose another or leave it out");
        }
        if (window.timing() instanceof MaintenanceTiming.Once once && !once.span().end().isAfter(now)) {
            throw new IllegalArgumentException("the window ends at " + once.span().end() + ", not after the simulated now ("
                    + now + "), so it would never take effect");
        }
        List<MaintenanceWindow> changed = new ArrayList<>(added);
        changed.add(window);
        save(changed, window.id().equals("api-" + number) ? number : lastNumber,
                Event.of(window.face().id(), "maintenance.scheduled", MaintenanceReasons.scheduled(window)));
        return window;
    }

    /** Deletes an added window; the fixtures' windows stay (they come from maintenance.yaml). */
    public synchronized Removal remove(String id) {
        Optional<MaintenanceWindow> window = added.stream().filter(candidate -> candidate.id().equals(id)).findFirst();
        if (window.isEmpty()) {
            return fixtureWindows.stream().anyMatch(candidate -> candidate.id().equals(id)) ? Removal.FROM_FIXTURES
                    : Removal.UNKNOWN;
        }
        List<MaintenanceWindow> changed = new ArrayList<>(added);
        changed.remove(window.get());
        save(changed, lastNumber, Event.of(window.get().face().id(), "maintenance.cancelled",
                MaintenanceReasons.cancelled(window.get())));
        return Removal.REMOVED;
    }

    /**
     * {@code POST /sim/reset} (issue 5 item 5): in the reset's transaction the added windows are deleted (without an
     * event: the reset empties the timeline); once committed, the fixtures' windows are {@code fixtureWindows} (from
     * the reloaded fixtures). Known limit: a window added through the API at the very moment of a reset may survive it.
     *
     * @return what to run once the reset is committed
     */
    public Runnable resetIn(java.sql.Connection tx, List<MaintenanceWindow> reloadedFixtureWindows)
            throws java.sql.SQLException {
        controls.put(tx, CONTROL, write(new Stored(lastNumber, List.of())));
        List<MaintenanceWindow> fixtures = List.copyOf(reloadedFixtureWindows);
        return () -> {
            added = List.of();
            fixtureWindows = fixtures;
        };
    }

    /** Deletes every added window. @return the deleted ones */
    public synchronized List<MaintenanceWindow> removeAdded() {
        List<MaintenanceWindow> removed = added;
        if (!removed.isEmpty()) {
            save(List.of(), lastNumber, Event.of("sim", "maintenance.cancelled", MaintenanceReasons.cancelledAll(removed)));
        }
        return removed;
    }

    private boolean taken(String id) {
        return windows().stream().anyMatch(existing -> existing.id().equals(id));
    }

    private void save(List<MaintenanceWindow> windows, long number, Event event) {
        String json = write(new Stored(number, windows.stream().map(MaintenanceWindowFields::of).toList()));
        database.write(tx -> {
            controls.put(tx, CONTROL, json);
            timeline.record(tx, event);
            return null;
        });
        added = List.copyOf(windows);
        lastNumber = number;
    }

    private static String write(Stored stored) {
        try {
            return JSON.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stored read(String json) {
        try {
            return JSON.readValue(json, Stored.class);
        } catch (JsonProcessingException e) {
            throw unreadable(e);
        }
    }

    private static List<MaintenanceWindow> windowsOf(Stored stored) {
        try {
            return stored.windows().stream()
                    .map(fields -> MaintenanceWindowFields.parse(fields, null, MaintenanceWindow.Origin.API, null)).toList();
        } catch (IllegalArgumentException e) {
            throw unreadable(e);
        }
    }

    private static StoredDataException unreadable(Exception e) {
        return new StoredDataException("the maintenance windows added through /sim/maintenance (sim_control '" + CONTROL
                    + "') cannot be read: " + e.getMessage() + "; use another data directory or delete that row");
    }
}

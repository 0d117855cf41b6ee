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
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Every maintenance window (SPEC 1.6): the fixtures' calendar, read at start, and the windows added through
 * {@code /sim/maintenance} or set by a scenario, which are kept in {@code sim_control} (document {@value #CONTROL}) so
 * a restart keeps them. An addition or deletion is committed together with its timeline event; bad input changes
 * nothing.
 * All questions are asked for a given simulated instant: the calendar itself never reads the clock, except for
 * "starting now" windows and the refusal of windows that are already over.
 *
 * <p>{@link #activeFor} is asked on every request (the maintenance gate): it remembers, per face, a stretch of simulated
 * time known to hold none of that face's occurrences, so most requests cost two comparisons instead of walking every
 * window's recurrence (issue 6's OCSP throughput target). The stretch belongs to the window lists it was computed
 * from; adding, deleting, replacing or resetting windows replaces those lists, and so forgets it.
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
    /** Changed only under the database's write lock, like {@link #added}. */
    private volatile long lastNumber;
    private final Map<ServiceFace, Quiet> quiet = new ConcurrentHashMap<>();

    /** What {@link #remove} did. */
    public enum Removal { REMOVED, UNKNOWN, FROM_FIXTURES }

    /**
     * The document in {@code sim_control}: the windows in {@link MaintenanceWindowFields} form, and the ids of those a
     * scenario set ({@code null} in documents written before scenarios set maintenance).
     */
    record Stored(long lastNumber, List<Map<String, Object>> windows, List<String> fromScenario) {
    }

    /** How far ahead a quiet stretch is looked for; beyond it, the windows are walked again. */
    static final Duration QUIET_LOOKAHEAD = Duration.ofDays(1);

    /** {@code [from, until)} holds no occurrence of the face, for these very window lists. */
    private record Quiet(List<MaintenanceWindow> fixtures, List<MaintenanceWindow> added, Instant from, Instant until) {
        boolean covers(List<MaintenanceWindow> fixtureWindows, List<MaintenanceWindow> addedWindows, Instant now) {
            return fixtures == fixtureWindows && added == addedWindows && !now.isBefore(from) && now.isBefore(until);
        }
    }

    public MaintenanceCalendar(Database database, ControlStore controls, Timeline timeline, SimClock clock,
                               List<MaintenanceWindow> fixtureWindows) {
        this.database = database;
        this.controls = controls;
        this.timeline = timeline;
        this.clock = clock;
        this.fixtureWindows = List.copyOf(fixtureWindows);
        Stored stored = database.read(connection -> controls.find(connection, CONTROL)).map(MaintenanceCalendar::read)
                .orElse(new Stored(0, List.of(), List.of()));
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
        List<MaintenanceWindow> fixtures = fixtureWindows;
        List<MaintenanceWindow> runTime = added;
        Quiet known = quiet.get(face);
        if (known != null && known.covers(fixtures, runTime, now)) {
            return Optional.empty();
        }
        List<MaintenanceWindow> ofFace = Stream.concat(fixtures.stream(), runTime.stream())
                .filter(window -> window.face() == face).toList();
        Optional<MaintenanceOccurrence> active = ofFace.stream().flatMap(window -> window.occurrenceAt(now).stream())
                .max(Comparator.comparing(MaintenanceOccurrence::end));
        if (active.isEmpty()) { // quiet until the next occurrence starts, or at least until the lookahead's end
            Instant until = ofFace.stream().flatMap(window -> window.occurrences(now, now.plus(QUIET_LOOKAHEAD), 1).stream())
                    .map(MaintenanceOccurrence::start).min(Comparator.naturalOrder()).orElse(now.plus(QUIET_LOOKAHEAD));
            quiet.put(face, new Quiet(fixtures, runTime, now, until));
        }
        return active;
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
    public MaintenanceWindow add(Map<?, ?> fields) {
        Instant now = clock.now();
        return change(current -> {
            long number = current.lastNumber() + 1;
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
            List<MaintenanceWindow> changed = new ArrayList<>(current.windows());
            changed.add(window);
            return new Edit<>(new Added(changed, window.id().equals("api-" + number) ? number : current.lastNumber()),
                    List.of(Event.of(window.face().id(), "maintenance.scheduled", MaintenanceReasons.scheduled(window))),
                    window);
        });
    }

    /** Deletes an added window; the fixtures' windows stay (they come from maintenance.yaml). */
    public Removal remove(String id) {
        return change(current -> {
            Optional<MaintenanceWindow> window = current.windows().stream().filter(candidate -> candidate.id().equals(id)).findFirst();
            if (window.isEmpty()) {
                return new Edit<>(null, List.of(), fixtureWindows.stream().anyMatch(candidate -> candidate.id().equals(id))
                        ? Removal.FROM_FIXTURES : Removal.UNKNOWN);
            }
            List<MaintenanceWindow> changed = new ArrayList<>(current.windows());
            changed.remove(window.get());
            return new Edit<>(new Added(changed, current.lastNumber()), List.of(Event.of(window.get().face().id(),
                    "maintenance.cancelled", MaintenanceReasons.cancelled(window.get()))), Removal.REMOVED);
        });
    }

    /**
     * {@code POST /sim/reset} (issue 5 item 5): in the reset's transaction the added windows are deleted (without an
     * event: the reset empties the timeline); once committed, the fixtures' windows are {@code fixtureWindows} (from
     * the reloaded fixtures). The current scenario's windows, if any, are put back after this by
     * {@link #replaceAddedIn} in the same transaction.
     *
     * @return what to run once the reset is committed (under the write lock)
     */
    public Runnable resetIn(Connection tx, List<MaintenanceWindow> reloadedFixtureWindows) throws SQLException {
        controls.put(tx, CONTROL, write(new Stored(lastNumber, List.of(), List.of())));
        List<MaintenanceWindow> fixtures = List.copyOf(reloadedFixtureWindows);
        return () -> {
            added = List.of();
            fixtureWindows = fixtures;
        };
    }

    /**
     * A scenario's windows in place of every added one (SPEC 1.6: scenarios set maintenance), written in the caller's
     * transaction — which must be a {@link Database#write} — with {@code events}; they count once the caller runs the
     * returned step after the commit, still under the write lock. They are kept in the data directory like the
     * windows added through the API, so a restart keeps them as they were saved.
     *
     * @param windows of origin {@link MaintenanceWindow.Origin#SCENARIO}
     */
    public Runnable replaceAddedIn(Connection tx, List<MaintenanceWindow> windows, List<Event> events) throws SQLException {
        List<MaintenanceWindow> replacing = List.copyOf(windows);
        controls.put(tx, CONTROL, write(stored(replacing, lastNumber)));
        for (Event event : events) {
            timeline.record(tx, event);
        }
        return () -> added = replacing;
    }

    /** The windows added at run time (through the API or by a scenario), in the order they were added. */
    public List<MaintenanceWindow> added() {
        return added;
    }

    /** Deletes every added window. @return the deleted ones */
    public List<MaintenanceWindow> removeAdded() {
        return change(current -> {
            List<MaintenanceWindow> removed = current.windows();
            return removed.isEmpty() ? new Edit<>(null, List.of(), removed) : new Edit<>(new Added(List.of(),
                    current.lastNumber()), List.of(Event.of("sim", "maintenance.cancelled",
                    MaintenanceReasons.cancelledAll(removed))), removed);
        });
    }

    private boolean taken(String id) {
        return windows().stream().anyMatch(existing -> existing.id().equals(id));
    }

    /**
     * Works out a change from the windows in force and commits it with its events, all under the database's write
     * lock: a scenario or reset that replaces the added windows in its own transaction at the same moment is never
     * overwritten by a change worked out from the windows it replaced.
     */
    private <T> T change(Function<Added, Edit<T>> edit) {
        return database.write(tx -> {
            Edit<T> done = edit.apply(new Added(added, lastNumber));
            if (done.next() != null) {
                controls.put(tx, CONTROL, write(stored(done.next().windows(), done.next().lastNumber())));
                for (Event event : done.events()) {
                    timeline.record(tx, event);
                }
            }
            return done;
        }, done -> {
            if (done.next() != null) {
                added = List.copyOf(done.next().windows());
                lastNumber = done.next().lastNumber();
            }
        }).result();
    }

    /** The added windows and the last number given to an {@code api-N} window. */
    private record Added(List<MaintenanceWindow> windows, long lastNumber) {
    }

    /** A change worked out from the added windows: the next ones ({@code null}: nothing to write), events, answer. */
    private record Edit<T>(Added next, List<Event> events, T result) {
    }

    private static Stored stored(List<MaintenanceWindow> windows, long number) {
        return new Stored(number, windows.stream().map(MaintenanceWindowFields::of).toList(),
                windows.stream().filter(window -> window.origin() == MaintenanceWindow.Origin.SCENARIO)
                        .map(MaintenanceWindow::id).toList());
    }

    private static String write(Stored stored) {
        try {
            return JSON.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Read through Jackson's tree into plain maps and lists: building a deserializer, even one for a map, costs
     * ~20 ms of every start, when the tree is ready at once.
     */
    @SuppressWarnings("unchecked")
    private static Stored read(String json) {
        try {
            Map<String, Object> document = MaintenanceWindowFields.plain(JSON.readTree(json));
            return new Stored(document.get("lastNumber") instanceof Number number ? number.longValue() : 0,
                    (List<Map<String, Object>>) document.getOrDefault("windows", List.of()),
                    (List<String>) document.get("fromScenario"));
        } catch (JsonProcessingException | ClassCastException e) {
            throw unreadable(e);
        }
    }

    private static List<MaintenanceWindow> windowsOf(Stored stored) {
        List<String> fromScenario = stored.fromScenario() == null ? List.of() : stored.fromScenario();
        try {
            return stored.windows().stream().map(fields -> MaintenanceWindowFields.parse(fields, null,
                    fromScenario.contains(String.valueOf(fields.get("id"))) ? MaintenanceWindow.Origin.SCENARIO
                            : MaintenanceWindow.Origin.API, null)).toList();
        } catch (IllegalArgumentException | ClassCastException e) {
            throw unreadable(e);
        }
    }

    private static StoredDataException unreadable(Exception e) {
        return new StoredDataException("the maintenance windows added through /sim/maintenance (sim_control '" + CONTROL
                    + "') cannot be read: " + e.getMessage() + "; use another data directory or delete that row");
    }
}

package dev.upkisim.workflow.maintenance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.upkisim.core.Event;
import dev.upkisim.core.MaintenanceOccurrence;
import dev.upkisim.store.ControlStore;
import dev.upkisim.store.Database;
import dev.upkisim.workflow.events.Timeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the timeline when maintenance begins and ends, and when a face first turns a request away (issue 5).
 *
 * <p>How, honestly: nothing fires at a window's edge. {@link #observe} compares what is going on at a simulated
 * instant with what was going on at the last look, and records {@code maintenance.started} /
 * {@code maintenance.ended} for the difference — and both, for occurrences the clock jumped over entirely
 * (at most {@value #LISTED_PASSES} per look, the rest summed up). It is called by the job scheduler's every pass
 * (at least once a second of real time, and at once after a clock change), by the request guard and by
 * {@code GET /sim/maintenance}; so an event's simulated time is when the change was noticed, and its reason names
 * the window's own times. What was seen is kept in {@code sim_control} (document {@value #CONTROL}), written with the
 * events, so a restart neither repeats nor loses an edge.
 *
 * <p>Blocked requests: the first request a face answers with its maintenance page in an occurrence is recorded as
 * {@code maintenance.blocked}; the later ones are only counted (in memory) and the count is told with the end.
 */
public final class MaintenanceWatch {
    static final String CONTROL = "maintenance-observed";
    static final int LISTED_PASSES = 10;
    private static final Logger LOG = LoggerFactory.getLogger(MaintenanceWatch.class);
    private final Database database;
    private final ControlStore controls;
    private final Timeline timeline;
    private final MaintenanceCalendar calendar;
    private final Map<String, AtomicLong> blocked = new ConcurrentHashMap<>();
    private Instant lastLook;
    private Map<String, ObservedOccurrence> seen;

    /** The document in {@code sim_control}. */
    record Seen(Instant at, List<ObservedOccurrence> active) {
    }

    public MaintenanceWatch(Database database, ControlStore controls, Timeline timeline, MaintenanceCalendar calendar,
                            Instant now) {
        this.database = database;
        this.controls = controls;
        this.timeline = timeline;
        this.calendar = calendar;
        Seen stored = database.read(connection -> controls.find(connection, CONTROL)).flatMap(MaintenanceWatch::read)
                .orElse(new Seen(now, List.of()));
        this.lastLook = stored.at();
        this.seen = new LinkedHashMap<>();
        stored.active().forEach(occurrence -> seen.put(occurrence.key(), occurrence));
    }

    /** Records the starts and ends that happened since the last look; cheap when nothing changed. */
    public synchronized void observe(Instant now) {
        if (now.isBefore(lastLook)) {
            return; // a caller that read the clock before another caller's later look
        }
        Map<String, MaintenanceOccurrence> active = new LinkedHashMap<>();
        calendar.activeAt(now).forEach(occurrence -> active.put(occurrence.key(), occurrence));
        List<Edge> edges = new ArrayList<>();
        for (ObservedOccurrence gone : seen.values()) {
            if (!active.containsKey(gone.key())) {
                // gone before its end: its window was deleted, or replaced by one of the same id (a scenario loaded again)
                boolean deleted = gone.end().isAfter(now)
                        || calendar.windows().stream().noneMatch(window -> window.id().equals(gone.windowId()));
                long count = blockedCount(gone.key());
                edges.add(new Edge(deleted ? now : gone.end(), Event.of(gone.face().id(), "maintenance.ended",
                        MaintenanceReasons.ended(gone, now, deleted, count))));
            }
        }
        passedSinceLastLook(now, active, edges);
        for (MaintenanceOccurrence current : active.values()) {
            if (!seen.containsKey(current.key())) {
                edges.add(new Edge(current.start(), Event.of(current.face().id(), "maintenance.started",
                        MaintenanceReasons.started(current, now))));
            }
        }
        Instant previous = lastLook;
        lastLook = now;
        if (edges.isEmpty()) {
            return;
        }
        Map<String, ObservedOccurrence> nowSeen = new LinkedHashMap<>();
        active.values().forEach(occurrence -> nowSeen.put(occurrence.key(), ObservedOccurrence.of(occurrence)));
        String json = write(new Seen(now, List.copyOf(nowSeen.values())));
        edges.sort(Comparator.comparing(Edge::at));
        try {
            database.write(tx -> {
                for (Edge edge : edges) {
                    timeline.record(tx, edge.event());
                }
                controls.put(tx, CONTROL, json);
                return null;
            });
        } catch (RuntimeException e) {
            lastLook = previous; // try again at the next look
            throw e;
        }
        for (String key : seen.keySet()) {
            if (!nowSeen.containsKey(key)) {
                blocked.remove(key); // its count was told with its end
            }
        }
        seen = nowSeen;
    }

    /** Occurrences that began and ended between the last look and {@code now}, none of them seen. */
    private void passedSinceLastLook(Instant now, Map<String, MaintenanceOccurrence> active, List<Edge> edges) {
        if (!now.isAfter(lastLook)) {
            return;
        }
        List<MaintenanceOccurrence> passed = calendar.between(lastLook, now, 10_000).stream()
                .filter(occurrence -> !occurrence.end().isAfter(now) && !seen.containsKey(occurrence.key())
                        && !active.containsKey(occurrence.key())).toList();
        for (MaintenanceOccurrence occurrence : passed.subList(0, Math.min(LISTED_PASSES, passed.size()))) {
            String reason = MaintenanceReasons.passed(occurrence, now);
            edges.add(new Edge(occurrence.start(), Event.of(occurrence.face().id(), "maintenance.started", reason)));
            edges.add(new Edge(occurrence.end(), Event.of(occurrence.face().id(), "maintenance.ended", reason)));
        }
        if (passed.size() > LISTED_PASSES) {
            edges.add(new Edge(now, Event.of("sim", "maintenance.passed",
                    MaintenanceReasons.passedUncounted(passed.size() - LISTED_PASSES, lastLook, now))));
        }
    }

    /**
     * Counts a request that {@code occurrence}'s face answered with its maintenance page; the first one of the
     * occurrence goes on the timeline.
     *
     * @param request e.g. {@code GET /upki-odcert/lra/SSLLogin.do}
     */
    public void blocked(MaintenanceOccurrence occurrence, String request) {
        AtomicLong count = blocked.computeIfAbsent(occurrence.key(), key -> new AtomicLong());
        if (count.incrementAndGet() == 1) {
            try {
                timeline.record(Event.of(occurrence.face().id(), "maintenance.blocked",
                        MaintenanceReasons.blocked(occurrence, request)));
            } catch (RuntimeException e) {
                LOG.warn("cannot record a blocked request on the timeline: {}", e.toString());
            }
        }
    }

    /** Requests answered with the maintenance page in this occurrence, since the simulator started. */
    public long blockedCount(String occurrenceKey) {
        AtomicLong count = blocked.get(occurrenceKey);
        return count == null ? 0 : count.get();
    }

    private record Edge(Instant at, Event event) {
    }

    private static String write(Seen seen) {
        try {
            return Json.MAPPER.writeValueAsString(seen);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Seen> read(String json) {
        try {
            return Optional.of(Json.MAPPER.readValue(json, Seen.class));
        } catch (JsonProcessingException e) {
            LOG.warn("forgetting unreadable sim_control '{}' ({}); maintenance in progress is told again", CONTROL, e.toString());
            return Optional.empty();
        }
    }

    /** Jackson with java.time, built when first needed (a nested class is initialised on first use): most starts
     * find no maintenance in progress to read back, and start-up time matters (issue 2). */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());
    }
}

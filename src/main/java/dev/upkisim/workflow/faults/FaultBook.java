package dev.upkisim.workflow.faults;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upkisim.core.Event;
import dev.upkisim.store.ControlStore;
import dev.upkisim.store.Database;
import dev.upkisim.store.StoredDataException;
import dev.upkisim.workflow.events.Timeline;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The fault rules in force, with how often each was considered and fired (issue 5 item 3: "each rule reports how
 * often it fired"). Every change — a rule added or removed, a counter moved — is committed to {@code sim_control}
 * ({@value #CONTROL_NAME}) before it takes effect, so a restart keeps the rules and where their triggers stand
 * ("fail the next 2" that fired twice stays spent). Adding and removing rules are timeline events. A scenario sets
 * its rules with {@link #replaceIn} (SPEC 1.6: "loaded from scenario files").
 * <p>
 * Ids count up from 1 and are never reused while rules remain; {@link #clear} starts again at 1, so a run that
 * clears the rules and adds the same ones gets the same ids — and so the same seeded draws.
 */
public final class FaultBook {
    /** The {@code sim_control} document holding the rules. */
    public static final String CONTROL_NAME = "faults";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Database database;
    private final ControlStore controls;
    private final Timeline timeline;
    private final long seed;
    private volatile State state;

    /** A rule with how many requests or steps it was considered for, and how many it fired on. */
    public record Report(FaultRule rule, long considered, long fired) {
    }

    private record State(List<Report> rules, long nextId) {
    }

    private FaultBook(Database database, ControlStore controls, Timeline timeline, long seed, State state) {
        this.database = database;
        this.controls = controls;
        this.timeline = timeline;
        this.seed = seed;
        this.state = state;
    }

    /** The rules stored by an earlier run, or none. */
    public static FaultBook load(Database database, ControlStore controls, Timeline timeline, long seed) {
        State state = database.read(connection -> controls.find(connection, CONTROL_NAME)).map(FaultBook::parse)
                .orElse(new State(List.of(), 1));
        return new FaultBook(database, controls, timeline, seed, state);
    }

    /** The run's seed, which probability triggers draw from. */
    public long seed() {
        return seed;
    }

    /** No rules: requests and steps need not be looked at (cheap, lock-free). */
    public boolean isEmpty() {
        return state.rules().isEmpty();
    }

    public List<Report> reports() {
        return state.rules();
    }

    public Optional<Report> find(long id) {
        return state.rules().stream().filter(report -> report.rule().id() == id).findFirst();
    }

    /** Adds {@code rule} under the next id and returns it, committed. */
    public Report add(FaultRule rule) {
        return change(now -> {
            Report added = new Report(rule.withId(now.nextId()), 0, 0);
            List<Report> rules = new ArrayList<>(now.rules());
            rules.add(added);
            return new Edit<>(new State(List.copyOf(rules), now.nextId() + 1),
                    List.of(Event.of("sim", "fault.added", "Fault " + added.rule().describe() + " added.")), added);
        });
    }

    /** Removes rule {@code id}; false if there is none. */
    public boolean remove(long id) {
        return change(now -> {
            Optional<Report> gone = now.rules().stream().filter(report -> report.rule().id() == id).findFirst();
            if (gone.isEmpty()) {
                return new Edit<>(null, List.of(), false);
            }
            List<Report> rules = now.rules().stream().filter(report -> report.rule().id() != id).toList();
            return new Edit<>(new State(rules, now.nextId()), List.of(Event.of("sim", "fault.removed", "Fault "
                    + gone.get().rule().describe() + " removed after firing " + gone.get().fired() + " of "
                    + gone.get().considered() + " times considered.")), true);
        });
    }

    /** Removes every rule and starts ids at 1 again; returns how many there were. */
    public int clear() {
        return change(now -> new Edit<>(new State(List.of(), 1), List.of(Event.of("sim", "fault.cleared",
                "All fault rules removed (" + now.rules().size() + ").")), now.rules().size()));
    }

    /**
     * A scenario's rules in place of every rule (SPEC 1.6: rules "loaded from scenario files"), written in the
     * caller's transaction — which must be a {@link Database#write} — with ids from 1 and every counter at zero, so
     * that a reset re-applying the scenario starts its rules afresh (the counters live in the same document, so no
     * other reset step is needed). The rules are in force once the caller runs the returned step after the commit,
     * still under the write lock.
     *
     * @param scenario the scenario's name, for the events
     * @param tell     whether to record {@code fault.cleared} (when rules were in force) and a {@code fault.added}
     *                 per rule; a reset does not, as its one {@code sim.reset} event lists what the scenario set
     */
    public Runnable replaceIn(Connection tx, List<FaultRule> rules, String scenario, boolean tell) throws SQLException {
        State now = state;
        List<Report> reports = new ArrayList<>();
        for (FaultRule rule : rules) {
            reports.add(new Report(rule.withId(reports.size() + 1), 0, 0));
        }
        State next = new State(List.copyOf(reports), reports.size() + 1);
        controls.put(tx, CONTROL_NAME, write(next));
        if (tell) {
            if (!now.rules().isEmpty()) {
                timeline.record(tx, Event.of("sim", "fault.cleared", "All fault rules removed (" + now.rules().size()
                        + ") by scenario " + scenario + "."));
            }
            for (Report report : reports) {
                timeline.record(tx, Event.of("sim", "fault.added", "Fault " + report.rule().describe()
                        + " added by scenario " + scenario + "."));
            }
        }
        return () -> state = next;
    }

    /**
     * Considers, in id order, each rule whose match {@code fits}: its match count goes up, and its trigger decides
     * whether it fires. A firing whose action does not let the request go on (anything but a delay) ends the
     * evaluation: later rules are not considered. Counters and {@code eventOf}'s events are committed together.
     */
    List<Firing> consider(Predicate<FaultMatch> fits, Function<Firing, Event> eventOf) {
        if (state.rules().stream().noneMatch(report -> fits.test(report.rule().match()))) {
            return List.of(); // the common case, without taking the write lock
        }
        return change(now -> {
            List<Report> rules = new ArrayList<>(now.rules());
            List<Firing> firings = new ArrayList<>();
            boolean considered = false;
            for (int i = 0; i < rules.size(); i++) {
                Report report = rules.get(i);
                FaultRule rule = report.rule();
                if (!fits.test(rule.match())) {
                    continue;
                }
                considered = true;
                long match = report.considered() + 1;
                boolean fires = rule.trigger().fires(match, seed, rule.id());
                rules.set(i, new Report(rule, match, report.fired() + (fires ? 1 : 0)));
                if (fires) {
                    firings.add(new Firing(rule, match, report.fired() + 1));
                    if (!rule.action().letsRequestGoOn()) {
                        break;
                    }
                }
            }
            return considered ? new Edit<>(new State(List.copyOf(rules), now.nextId()),
                    firings.stream().map(eventOf).toList(), List.copyOf(firings)) : new Edit<>(null, List.of(), List.of());
        });
    }

    /**
     * Works out a change from the rules in force and commits it with its events, all under the database's write lock:
     * a scenario that replaces the rules in its own transaction at the same moment is never overwritten by a change
     * worked out from the rules it replaced.
     */
    private <T> T change(Function<State, Edit<T>> edit) {
        return database.write(tx -> {
            Edit<T> done = edit.apply(state);
            if (done.next() != null) {
                controls.put(tx, CONTROL_NAME, write(done.next()));
                for (Event event : done.events()) {
                    timeline.record(tx, event);
                }
            }
            return done;
        }, done -> {
            if (done.next() != null) {
                state = done.next();
            }
        }).result();
    }

    /** A change worked out from the rules in force: the next state ({@code null}: nothing to write), its events, what to answer. */
    private record Edit<T>(State next, List<Event> events, T result) {
    }

    private static String write(State state) {
        ObjectNode document = JSON.createObjectNode().put("nextId", state.nextId());
        ArrayNode rules = document.putArray("rules");
        for (Report report : state.rules()) {
            ObjectNode rule = JSON.createObjectNode().put("id", report.rule().id());
            rule.setAll(FaultRuleJson.write(report.rule()));
            rule.put("considered", report.considered()).put("fired", report.fired());
            rules.add(rule);
        }
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static State parse(String document) {
        try {
            JsonNode root = JSON.readTree(document);
            List<Report> rules = new ArrayList<>();
            for (JsonNode stored : root.path("rules")) {
                ObjectNode rule = ((ObjectNode) stored).deepCopy();
                long id = rule.remove("id").asLong();
                long considered = rule.remove("considered").asLong();
                long fired = rule.remove("fired").asLong();
                rules.add(new Report(FaultRuleParser.trusting().parse(rule).withId(id), considered, fired));
            }
            return new State(List.copyOf(rules), root.path("nextId").asLong(1));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new StoredDataException("the stored fault rules (sim_control '" + CONTROL_NAME + "') cannot be read: "
                    + e.getMessage() + "; delete that row (DELETE FROM sim_control WHERE name = 'faults') or start with a"
                    + " fresh data directory", e);
        }
    }
}

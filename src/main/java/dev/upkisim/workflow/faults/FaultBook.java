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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The fault rules in force, with how often each was considered and fired (issue 5 item 3: "each rule reports how
 * often it fired"). Every change — a rule added or removed, a counter moved — is committed to {@code sim_control}
 * ({@value #CONTROL_NAME}) before it takes effect, so a restart keeps the rules and where their triggers stand
 * ("fail the next 2" that fired twice stays spent). Adding and removing rules are timeline events.
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
    public synchronized Report add(FaultRule rule) {
        State now = state;
        Report added = new Report(rule.withId(now.nextId()), 0, 0);
        List<Report> rules = new ArrayList<>(now.rules());
        rules.add(added);
        commit(new State(List.copyOf(rules), now.nextId() + 1),
                List.of(Event.of("sim", "fault.added", "Fault " + added.rule().describe() + " added.")));
        return added;
    }

    /** Removes rule {@code id}; false if there is none. */
    public synchronized boolean remove(long id) {
        State now = state;
        Optional<Report> gone = find(id);
        if (gone.isEmpty()) {
            return false;
        }
        List<Report> rules = now.rules().stream().filter(report -> report.rule().id() != id).toList();
        commit(new State(rules, now.nextId()), List.of(Event.of("sim", "fault.removed", "Fault "
                + gone.get().rule().describe() + " removed after firing " + gone.get().fired() + " of "
                + gone.get().considered() + " times considered.")));
        return true;
    }

    /** Removes every rule and starts ids at 1 again; returns how many there were. */
    public synchronized int clear() {
        int count = state.rules().size();
        commit(new State(List.of(), 1), List.of(Event.of("sim", "fault.cleared",
                "All fault rules removed (" + count + ")" + ".")));
        return count;
    }

    /**
     * Considers, in id order, each rule whose match {@code fits}: its match count goes up, and its trigger decides
     * whether it fires. A firing whose action does not let the request go on (anything but a delay) ends the
     * evaluation: later rules are not considered. Counters and {@code eventOf}'s events are committed together.
     */
    synchronized List<Firing> consider(Predicate<FaultMatch> fits, Function<Firing, Event> eventOf) {
        State now = state;
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
        if (considered) {
            commit(new State(List.copyOf(rules), now.nextId()), firings.stream().map(eventOf).toList());
        }
        return firings;
    }

    private void commit(State next, List<Event> events) {
        String document = write(next);
        database.write(tx -> {
            controls.put(tx, CONTROL_NAME, document);
            for (Event event : events) {
                timeline.record(tx, event);
            }
            return null;
        });
        state = next;
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

package dev.upkisim.workflow.quirks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upkisim.core.Event;
import dev.upkisim.store.ControlStore;
import dev.upkisim.store.Database;
import dev.upkisim.workflow.events.Timeline;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Switches quirks at run time (issue 5 item 4): each switch is saved in {@code sim_control} under {@value #CONTROL}
 * ({@code {"doubleSubmit": "fixed", …}}) with a {@code quirk.changed} event, in one transaction, and applies to the
 * next request once committed; a restart keeps it.
 */
public final class QuirkControls {
    public static final String CONTROL = "quirks";
    private static final Logger LOG = LoggerFactory.getLogger(QuirkControls.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Database database;
    private final ControlStore controls;
    private final Timeline timeline;
    private final Quirks quirks;

    public QuirkControls(Database database, ControlStore controls, Timeline timeline, Quirks quirks) {
        this.database = database;
        this.controls = controls;
        this.timeline = timeline;
        this.quirks = quirks;
    }

    /** At start: the quirks as last saved, if they were. */
    public void restore() {
        database.read(connection -> controls.find(connection, CONTROL)).ifPresent(json -> quirks.replace(read(json)));
    }

    public Quirks quirks() {
        return quirks;
    }

    /**
     * Switches the given quirks together.
     *
     * @param source who asks, in words ({@code /sim/quirks}, {@code setting quirks.doubleSubmit})
     * @return the quirks whose state changed (an event each)
     */
    public Map<Quirk, QuirkMode> set(Map<Quirk, QuirkMode> changes, String source) {
        record Outcome(Map<Quirk, QuirkMode> next, Map<Quirk, QuirkMode> changed) {
        }
        Outcome outcome = database.write(tx -> {
            Map<Quirk, QuirkMode> next = new EnumMap<>(quirks.modes());
            Map<Quirk, QuirkMode> changed = new EnumMap<>(Quirk.class);
            for (Map.Entry<Quirk, QuirkMode> change : changes.entrySet()) {
                QuirkMode before = next.put(change.getKey(), change.getValue());
                if (before != change.getValue()) {
                    changed.put(change.getKey(), change.getValue());
                    timeline.record(tx, Event.of("sim", "quirk.changed", "quirk " + change.getKey().id() + " is now "
                            + change.getValue().id() + " (was " + before.id() + "; set by " + source + ")"));
                }
            }
            if (!changed.isEmpty()) {
                save(tx, next);
            }
            return new Outcome(next, changed);
        }, done -> {
            if (!done.changed().isEmpty()) {
                quirks.replace(done.next());
            }
        });
        return outcome.changed();
    }

    /** Saves every quirk's state in the caller's transaction (a scenario being loaded); {@link #adopt} follows. */
    public void save(Connection tx, Map<Quirk, QuirkMode> modes) throws SQLException {
        ObjectNode document = JSON.createObjectNode();
        modes.forEach((quirk, mode) -> document.put(quirk.id(), mode.id()));
        controls.put(tx, CONTROL, document.toString());
    }

    /** Makes saved states current, once their transaction is committed. */
    public void adopt(Map<Quirk, QuirkMode> modes) {
        quirks.replace(modes);
    }

    private Map<Quirk, QuirkMode> read(String json) {
        Map<Quirk, QuirkMode> modes = new EnumMap<>(quirks.modes());
        try {
            JsonNode document = JSON.readTree(json);
            for (Quirk quirk : Quirk.values()) {
                JsonNode saved = document.get(quirk.id());
                if (saved != null) {
                    modes.put(quirk, QuirkMode.parse(saved.asText()));
                }
            }
        } catch (java.io.IOException | IllegalArgumentException e) {
            LOG.warn("the saved quirks cannot be read ({}); keeping the defaults", e.getMessage());
            return quirks.modes();
        }
        return modes;
    }
}

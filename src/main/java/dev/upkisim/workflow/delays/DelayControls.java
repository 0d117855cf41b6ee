package dev.upkisim.workflow.delays;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upkisim.core.DelayDistribution;
import dev.upkisim.core.Event;
import dev.upkisim.store.ControlStore;
import dev.upkisim.store.Database;
import dev.upkisim.workflow.Delays;
import dev.upkisim.workflow.Delays.Stage;
import dev.upkisim.workflow.Delays.StageDelay;
import dev.upkisim.workflow.events.Timeline;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes the processing delays at run time (issue 5 item 2, SPEC 1.6): each change is saved in {@code sim_control}
 * under {@value #CONTROL}, with a {@code delays.changed} event, in one transaction, and takes effect for the next draw
 * once committed — so a restart keeps what an API call acknowledged. Stored as
 * {@code {"niiToCa": {"distribution": "lognormal PT10M PT70M", "source": "scenario realistic", "explicit": false}, …}}.
 */
public final class DelayControls {
    public static final String CONTROL = "delays";
    private static final Logger LOG = LoggerFactory.getLogger(DelayControls.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Database database;
    private final ControlStore controls;
    private final Timeline timeline;
    private final Delays delays;

    public DelayControls(Database database, ControlStore controls, Timeline timeline, Delays delays) {
        this.database = database;
        this.controls = controls;
        this.timeline = timeline;
        this.delays = delays;
    }

    /** At start: the delays as last saved, if any were. */
    public void restore() {
        database.read(connection -> controls.find(connection, CONTROL)).ifPresent(json -> delays.replace(read(json)));
    }

    public Delays delays() {
        return delays;
    }

    /**
     * Sets one stage's distribution explicitly ({@code --instant} leaves it alone), unless it is already set so.
     *
     * @param source who asks, in words ({@code /sim/delays}, {@code setting delays.niiToCa})
     * @return whether anything changed
     * @throws IllegalArgumentException when the distribution goes beyond the stage's limit
     */
    public boolean set(Stage stage, DelayDistribution distribution, String source) {
        stage.check(distribution);
        return database.write(tx -> {
            StageDelay before = delays.stages().get(stage);
            if (before.explicit() && before.distribution().equals(distribution)) {
                return null;
            }
            Map<Stage, StageDelay> next = new EnumMap<>(delays.stages());
            next.put(stage, new StageDelay(distribution, source, true));
            save(tx, next);
            timeline.record(tx, Event.of("sim", "delays.changed", "the " + stage.id() + " delay is now "
                    + distribution.text() + " (was " + before.distribution().text() + "; set by " + source + ")"));
            return next;
        }, next -> {
            if (next != null) {
                delays.replace(next);
            }
        }) != null;
    }

    /** Saves every stage's delay in the caller's transaction (a scenario being loaded); {@link #adopt} follows. */
    public void save(Connection tx, Map<Stage, StageDelay> stages) throws SQLException {
        ObjectNode document = JSON.createObjectNode();
        stages.forEach((stage, delay) -> document.putObject(stage.key())
                .put("distribution", delay.distribution().text()).put("source", delay.source())
                .put("explicit", delay.explicit()));
        controls.put(tx, CONTROL, document.toString());
    }

    /** Makes saved delays current, once their transaction is committed. */
    public void adopt(Map<Stage, StageDelay> stages) {
        delays.replace(stages);
    }

    private Map<Stage, StageDelay> read(String json) {
        Map<Stage, StageDelay> stages = new EnumMap<>(delays.stages());
        try {
            JsonNode document = JSON.readTree(json);
            for (Stage stage : Stage.values()) {
                JsonNode saved = document.get(stage.key());
                if (saved != null) {
                    stages.put(stage, new StageDelay(DelayDistribution.parse(saved.path("distribution").asText()),
                            saved.path("source").asText("saved"), saved.path("explicit").asBoolean()));
                }
            }
        } catch (java.io.IOException | IllegalArgumentException e) {
            LOG.warn("the saved delays cannot be read ({}); keeping the defaults", e.getMessage());
            return delays.stages();
        }
        return stages;
    }
}

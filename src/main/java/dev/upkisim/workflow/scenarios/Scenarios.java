package dev.upkisim.workflow.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkisim.clock.SimClock;
import dev.upkisim.core.Event;
import dev.upkisim.core.LocalizedText;
import dev.upkisim.store.ControlStore;
import dev.upkisim.store.Database;
import dev.upkisim.workflow.events.Timeline;
import dev.upkisim.workflow.scenarios.ScenarioSection.Occasion;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chooses and applies scenarios (issue 5 item 5, SPEC 1.6, SPEC 2 {@code --scenario}): a scenario is read and
 * validated whole before anything changes; then its sections are saved, the choice is saved in {@code sim_control}
 * under {@value #CONTROL} ({@code {"name": "double-click", "loadedAt": "…", "by": "/sim/scenario"}}) and a
 * {@code scenario.loaded} event is recorded, all in one transaction; once committed, the sections take effect.
 */
public final class Scenarios {
    public static final String CONTROL = "scenario";
    /** The scenario of a first start without {@code --scenario} (SPEC 2). */
    public static final String DEFAULT = "realistic";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Database database;
    private final ControlStore controls;
    private final Timeline timeline;
    private final SimClock clock;
    private final ScenarioFiles files;
    private final ScenarioSections sections;

    /** The scenario in force: its name, when it was loaded (simulated time) and by whom. */
    public record Current(String name, Instant loadedAt, String by) {
    }

    /** A scenario just loaded, and what it set ({@link Scenario#summary}). */
    public record Loaded(Current current, String summary) {
    }

    /** A scenario file that could be loaded, or the problem that keeps it from being loaded. */
    public record Available(String name, String file, LocalizedText description, String problem) {
    }

    public Scenarios(Database database, ControlStore controls, Timeline timeline, SimClock clock, ScenarioFiles files,
                     ScenarioSections sections) {
        this.database = database;
        this.controls = controls;
        this.timeline = timeline;
        this.clock = clock;
        this.files = files;
        this.sections = sections;
    }

    public Optional<Current> current() {
        return database.read(connection -> controls.find(connection, CONTROL)).map(Scenarios::readCurrent);
    }

    /** Every scenario file, read and validated now. */
    public List<Available> available() {
        List<Available> available = new ArrayList<>();
        for (String name : files.names()) {
            try {
                Scenario scenario = read(name);
                available.add(new Available(name, scenario.file(), scenario.description(), null));
            } catch (InvalidScenarioException e) {
                available.add(new Available(name, e.file(), null, e.getMessage()));
            }
        }
        return available;
    }

    /**
     * Reads and validates a scenario file.
     *
     * @throws UnknownScenarioException when there is no such scenario (the message lists those there are)
     * @throws InvalidScenarioException when the file is wrong (the message names file and key)
     */
    public Scenario read(String name) {
        ScenarioFiles.ScenarioText text = files.read(name)
                .orElseThrow(() -> new UnknownScenarioException(name, files.names(), files.where()));
        return Scenario.parse(name, text.file(), text.yaml(), sections);
    }

    /**
     * Loads a scenario: everything it sets, at once.
     *
     * @param by who asks, in words ({@code /sim/scenario}, {@code setting scenario})
     * @throws UnknownScenarioException or {@link InvalidScenarioException}, with nothing changed
     */
    public Loaded load(String name, String by) {
        Scenario scenario = read(name);
        return database.write(tx -> {
            Current current = save(tx, scenario, Occasion.LOAD, by);
            timeline.record(tx, Event.of("sim", "scenario.loaded", "scenario " + name + " loaded (by " + by + "): "
                    + scenario.summary()));
            return new Loaded(current, scenario.summary());
        }, loaded -> adopt(scenario, Occasion.LOAD));
    }

    /**
     * At start: the scenario given by the {@code scenario} setting is loaded; without one, a data directory that had a
     * scenario keeps it and whatever was changed since (each control restored its own), and a new one gets
     * {@value #DEFAULT}.
     */
    public void start(Optional<String> chosen) {
        if (chosen.isPresent()) {
            load(chosen.get(), "setting scenario");
        } else if (current().isEmpty()) {
            load(DEFAULT, "first start");
        }
    }

    /** Saves the scenario's sections and the choice in the caller's transaction; {@link #adopt} follows the commit. */
    public Current save(Connection tx, Scenario scenario, Occasion occasion, String by) throws SQLException {
        for (Scenario.Applied applied : scenario.changes()) {
            applied.change().save(tx, occasion);
        }
        Current current = new Current(scenario.name(), clock.now(), by);
        controls.put(tx, CONTROL, JSON.createObjectNode().put("name", current.name())
                .put("loadedAt", current.loadedAt().toString()).put("by", by).toString());
        return current;
    }

    /** Makes a committed scenario's sections current, in registration order. */
    public void adopt(Scenario scenario, Occasion occasion) {
        for (Scenario.Applied applied : scenario.changes()) {
            applied.change().adopt(occasion);
        }
    }

    public ScenarioSections sections() {
        return sections;
    }

    private static Current readCurrent(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return new Current(node.path("name").asText(DEFAULT), Instant.parse(node.path("loadedAt").asText()),
                    node.path("by").asText(""));
        } catch (IOException | java.time.format.DateTimeParseException e) {
            return new Current(DEFAULT, Instant.EPOCH, "unreadable saved choice");
        }
    }
}

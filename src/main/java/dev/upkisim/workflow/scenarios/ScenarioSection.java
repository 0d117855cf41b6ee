package dev.upkisim.workflow.scenarios;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One top-level section of a scenario file (issue 5 item 5): {@code clock}, {@code delays}, {@code quirks}, and —
 * registered by their features in the composition root — {@code maintenance} and {@code faults}. A file with a
 * section nobody registered is refused.
 *
 * <p>A scenario sets the whole state of every section: a section the file leaves out is set to its
 * {@link #absent()} state (e.g. every quirk faithful), so loading a scenario gives the same controls whatever was
 * set before. Loading happens in three steps, so that a bad file changes nothing and a crash loses nothing
 * acknowledged: every section {@link #validate validates} first; then each {@link Change#save saves} in one write
 * transaction; once committed, each {@link Change#adopt adopts} its change in memory (in commit order).
 */
public interface ScenarioSection {

    /** Why a scenario is being applied. */
    enum Occasion {
        /** Chosen at start or with {@code POST /sim/scenario}. */
        LOAD,
        /** Re-applied by {@code POST /sim/reset}: the controls go back to the scenario's, one-off steps do not repeat. */
        RESET
    }

    /** The key in the scenario file, e.g. {@code delays}. */
    String name();

    /**
     * Checks the section's YAML value and says what it would do; changes nothing.
     *
     * @param value what SnakeYAML read for the key (map, list, text, number, boolean)
     * @throws InvalidScenarioException naming {@code where} (or a key below it) and what is allowed
     */
    Change validate(Object value, ScenarioLocation where);

    /** What the section does when a scenario leaves it out. */
    Change absent(ScenarioLocation where);

    /** A validated section, ready to apply. */
    interface Change {
        /** Writes the change in the scenario's transaction (e.g. to {@code sim_control}); nothing visible yet. */
        void save(Connection tx, Occasion occasion) throws SQLException;

        /** Makes the change current once it is committed; must be quick and must not fail. */
        void adopt(Occasion occasion);

        /** What it sets, in a few words for the timeline, e.g. {@code quirks: doubleSubmit faithful, …}. */
        String summary();
    }
}

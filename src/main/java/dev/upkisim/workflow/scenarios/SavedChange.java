package dev.upkisim.workflow.scenarios;

import dev.upkisim.workflow.scenarios.ScenarioSection.Occasion;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The shape most sections' changes share: saving in the scenario's transaction returns what to make current once
 * that transaction is committed ({@link ScenarioSection.Change}'s two steps).
 */
final class SavedChange implements ScenarioSection.Change {

    /** Writes the change in the transaction and returns what to do after its commit. */
    @FunctionalInterface
    interface Save {
        Runnable save(Connection tx, Occasion occasion) throws SQLException;
    }

    private final String summary;
    private final Save save;
    private Runnable afterCommit = () -> { };

    SavedChange(String summary, Save save) {
        this.summary = summary;
        this.save = save;
    }

    @Override
    public void save(Connection tx, Occasion occasion) throws SQLException {
        afterCommit = save.save(tx, occasion);
    }

    @Override
    public void adopt(Occasion occasion) {
        afterCommit.run();
    }

    @Override
    public String summary() {
        return summary;
    }
}

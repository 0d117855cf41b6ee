package dev.upkisim.workflow.reset;

import dev.upkisim.fixtures.Fixtures;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A feature's part in {@code POST /sim/reset} (issue 5 item 5), registered in the composition root: it clears or
 * re-creates its own state in the reset's one write transaction and returns what to do once that is committed
 * (refresh a cache, re-read the fixtures) — e.g. the CRLs are republished empty, the expiry scan is rescheduled.
 */
@FunctionalInterface
public interface ResetStep {

    /**
     * @param reloaded the fixtures just reloaded, which every reader gets once the reset is committed
     * @return what to run after the commit (quick, must not fail); {@code () -> { }} when nothing
     */
    Runnable clear(Connection tx, Fixtures reloaded) throws SQLException;
}

package dev.upkisim.workflow.reset;

import dev.upkisim.core.Event;
import dev.upkisim.fixtures.Fixtures;
import dev.upkisim.fixtures.FixturesLoader;
import dev.upkisim.fixtures.InvalidFixturesException;
import dev.upkisim.store.Database;
import dev.upkisim.store.WorkflowDataStore;
import dev.upkisim.workflow.JobRunner;
import dev.upkisim.workflow.events.Timeline;
import dev.upkisim.workflow.scenarios.InvalidScenarioException;
import dev.upkisim.workflow.scenarios.Scenario;
import dev.upkisim.workflow.scenarios.ScenarioSection.Occasion;
import dev.upkisim.workflow.scenarios.Scenarios;
import dev.upkisim.workflow.scenarios.UnknownScenarioException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@code POST /sim/reset} (issue 5 item 5): back to a clean state. The fixtures are reloaded from the same source and
 * the current scenario is read again — both before anything changes, so a broken file refuses the reset. Then, with
 * the job runner paused (no job still working on a deleted row writes after the reset), one write transaction
 * deletes every upload, application, certificate, one-time URL, job, mail and event, runs each registered
 * {@link ResetStep} (CRLs republished empty, the maintenance windows added at run time deleted and the fixtures'
 * calendar reloaded, the expiry scan rescheduled), puts the scenario's controls back — its maintenance windows from
 * now, its fault rules with their counters at zero, as loading it does — and records one {@code sim.reset} event. A crash at any moment leaves either the old state or the new one.
 *
 * <p>Kept: the CA hierarchy, the HTTPS listener identity, RA credentials, OCSP responders, CRL numbers (they only
 * grow, RFC 5280 5.2.3) and the clock. Regenerating the hierarchy while running is refused: every face, the OCSP
 * responders and the RA credentials hold it, so the honest way is a restart with a fresh data directory.
 */
public final class SimulatorReset {
    /** How long a reset waits for running jobs (a mail delivery to a slow SMTP server) before it gives up. */
    static final Duration WAIT_FOR_JOBS = Duration.ofSeconds(30);
    private final Database database;
    private final JobRunner runner;
    private final WorkflowDataStore data;
    private final Timeline timeline;
    private final Scenarios scenarios;
    private final Fixtures fixtures;
    private final Path fixturesDirectory;
    private final List<ResetStep> steps = new CopyOnWriteArrayList<>();

    /** What a reset did: the scenario re-applied and how many rows of each kind it deleted. */
    public record Outcome(String scenario, Map<String, Integer> deleted, List<String> kept) {
    }

    /** @param fixturesDirectory where the fixtures were loaded from, or {@code null} for the built-in ones */
    public SimulatorReset(Database database, JobRunner runner, WorkflowDataStore data, Timeline timeline,
                          Scenarios scenarios, Fixtures fixtures, Path fixturesDirectory) {
        this.database = database;
        this.runner = runner;
        this.data = data;
        this.timeline = timeline;
        this.scenarios = scenarios;
        this.fixtures = fixtures;
        this.fixturesDirectory = fixturesDirectory;
    }

    /** Adds a feature's part; steps run in the order registered. */
    public void register(ResetStep step) {
        steps.add(step);
    }

    /**
     * @param regenerateCa {@code {"ca": true}}: refused (see the class comment)
     * @param by           who asks, in words
     * @throws ResetRefusedException with nothing changed
     */
    public Outcome reset(boolean regenerateCa, String by) {
        if (regenerateCa) {
            throw new ResetRefusedException(ResetRefusedException.Reason.CA_HIERARCHY, "a new CA hierarchy cannot be made"
                    + " while upki-sim runs (every face, the OCSP responders and the RA credentials hold the current one);"
                    + " stop it and start again with a fresh data directory (--data NEW_DIR or --ephemeral)");
        }
        Fixtures reloaded;
        Scenario scenario;
        String name = scenarios.current().map(Scenarios.Current::name).orElse(Scenarios.DEFAULT);
        try {
            reloaded = FixturesLoader.load(fixturesDirectory);
            scenario = scenarios.read(name);
        } catch (InvalidFixturesException | InvalidScenarioException | UnknownScenarioException e) {
            throw new ResetRefusedException(ResetRefusedException.Reason.FILES, "nothing was reset: " + e.getMessage());
        }
        try {
            return runner.whilePaused(WAIT_FOR_JOBS, () -> database.write(tx -> {
                Map<String, Integer> deleted = data.clear(tx);
                timeline.clear(tx);
                timeline.record(tx, Event.of("sim", "sim.reset", "reset to a clean state (by " + by + "): deleted "
                        + deleted + "; fixtures reloaded from " + reloaded.source() + "; scenario " + name
                        + " re-applied: " + scenario.summary()));
                List<Runnable> afterCommit = new ArrayList<>();
                for (ResetStep step : steps) {
                    afterCommit.add(step.clear(tx, reloaded));
                }
                scenarios.save(tx, scenario, Occasion.RESET, by);
                afterCommit.add(() -> fixtures.replaceWith(reloaded));
                afterCommit.add(() -> scenarios.adopt(scenario, Occasion.RESET));
                return new Done(new Outcome(name, deleted, List.of("CA hierarchy", "HTTPS listener identity",
                        "RA credentials", "OCSP responders", "CRL numbers", "clock")), afterCommit);
            }, done -> done.afterCommit().forEach(Runnable::run)).outcome());
        } catch (JobRunner.StillRunningException busy) {
            throw new ResetRefusedException(ResetRefusedException.Reason.BUSY, "nothing was reset: " + busy.getMessage()
                    + "; try again in a moment");
        }
    }

    private record Done(Outcome outcome, List<Runnable> afterCommit) {
    }
}

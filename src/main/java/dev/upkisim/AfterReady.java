package dev.upkisim;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up work that the ready signal does not wait for (issue 2's start-up targets): it runs, in the order given,
 * on one background thread begun once the simulator answers. Each step is the {@code prepare} of something a
 * request may need, which that request otherwise builds or awaits itself ({@code workflow.Deferred}), so nothing
 * answers wrongly for having come early. {@link #close} waits for the steps, so the store is not closed under them.
 */
final class AfterReady implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AfterReady.class);
    private final List<Runnable> steps = new ArrayList<>();
    private Thread thread;

    AfterReady then(Runnable step) {
        steps.add(step);
        return this;
    }

    void start() {
        thread = new Thread(this::runSteps, "upki-sim-after-ready");
        thread.setDaemon(true);
        thread.start();
    }

    private void runSteps() {
        for (Runnable step : steps) {
            try {
                step.run();
            } catch (RuntimeException e) {
                // the request that needs it meets the same failure, and says so in its answer
                LOG.warn("start-up work after ready failed", e);
            }
        }
        StartupTrace.mark("work after ready done");
    }

    @Override
    public void close() throws InterruptedException {
        if (thread != null) {
            thread.join();
        }
    }
}

package dev.upkisim.workflow;

import dev.upkisim.clock.SimClock;
import dev.upkisim.store.Database;
import dev.upkisim.store.JobStore;
import dev.upkisim.store.JobStore.Job;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs persistent jobs when they fall due on the simulated clock (DESIGN style rule 6: one bounded executor,
 * small named runnables that catch everything). The scheduler sleeps until the next due job — converted from
 * simulated to wall time by the clock's speed, at most a second — and wakes early when a job is added or the
 * clock is changed. A failing job is retried with back-off; it is never lost. Before due jobs run, the {@link JobGate}
 * may hold some back (a face in maintenance, SPEC 1.6).
 */
public final class JobRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    private static final Duration MAX_SLEEP = Duration.ofSeconds(1);
    private final Database database;
    private final JobStore jobs;
    private final SimClock clock;
    private final JobGate gate;
    private final Map<String, JobHandler> handlers = new ConcurrentHashMap<>();
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private final ExecutorService workers;
    private final Object wake = new Object();
    private final Thread scheduler;
    private final Object dispatch = new Object();
    private volatile boolean stopped;
    private volatile boolean poked;
    /** Guarded by {@code dispatch}: no pass may start; a pass (reading due jobs, the gate, dispatching) is on. */
    private boolean paused;
    private boolean passing;

    public JobRunner(Database database, JobStore jobs, SimClock clock, int threads) {
        this(database, jobs, clock, threads, JobGate.OPEN);
    }

    public JobRunner(Database database, JobStore jobs, SimClock clock, int threads, JobGate gate) {
        this.database = database;
        this.jobs = jobs;
        this.clock = clock;
        this.gate = gate;
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "upki-sim-job-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.scheduler = new Thread(this::loop, "upki-sim-scheduler");
        this.scheduler.setDaemon(true);
        clock.onChange(state -> wakeUp());
    }

    public void register(String kind, JobHandler handler) {
        handlers.put(kind, handler);
    }

    public void start() {
        scheduler.start();
    }

    /** Look for due work now (a job was added, or the clock moved). */
    public void wakeUp() {
        synchronized (wake) {
            poked = true;
            wake.notifyAll();
        }
    }

    /**
     * Runs {@code work} while no job runs: no pass of the scheduler (nor of its gate) starts, running jobs and a pass
     * under way are waited for (at most
     * {@code limit}), then {@code work} runs and the runner goes on. A reset uses it so that no job still working on a
     * row it deletes writes after it (issue 5 item 5).
     *
     * @throws StillRunningException when the running jobs did not finish within {@code limit}; nothing was run
     */
    public <T> T whilePaused(Duration limit, java.util.function.Supplier<T> work) {
        synchronized (dispatch) {
            paused = true;
        }
        try {
            long giveUp = System.nanoTime() + limit.toNanos();
            synchronized (dispatch) {
                while (passing || !running.isEmpty()) {
                    if (System.nanoTime() - giveUp >= 0) {
                        throw new StillRunningException(running.size() + " job(s) still running after "
                                + limit.toMillis() + " ms");
                    }
                    try {
                        dispatch.wait(10);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new StillRunningException("interrupted while waiting for running jobs");
                    }
                }
            }
            return work.get();
        } finally {
            synchronized (dispatch) {
                paused = false;
            }
            wakeUp();
        }
    }

    /** {@link #whilePaused} gave up waiting for the running jobs. */
    public static final class StillRunningException extends RuntimeException {
        StillRunningException(String message) {
            super(message);
        }
    }

    /** Jobs not yet done, running ones included. */
    public int pending() {
        return database.read(jobs::count);
    }

    private void loop() {
        while (!stopped) {
            try {
                Instant now = clock.now();
                boolean go;
                synchronized (dispatch) {
                    go = !paused;
                    passing = go;
                }
                if (go) {
                    try {
                        List<Job> due = database.read(connection -> jobs.due(connection, now, 64)).stream()
                                .filter(job -> !running.contains(job.id())).toList();
                        for (Job job : gate.admit(due, now)) {
                            if (!stopped && running.add(job.id())) {
                                workers.execute(() -> runOne(job));
                            }
                        }
                    } finally {
                        synchronized (dispatch) {
                            passing = false;
                        }
                    }
                }
                sleepUntilNextDue();
            } catch (RuntimeException e) {
                LOG.error("job scheduler failed; retrying", e);
                sleepQuietly(MAX_SLEEP);
            }
        }
    }

    private void runOne(Job job) {
        try {
            JobHandler handler = handlers.get(job.kind());
            if (handler == null) {
                throw new IllegalStateException("no handler for job kind " + job.kind());
            }
            handler.run(job);
        } catch (Exception e) {
            Duration backoff = Duration.ofSeconds(Math.min(3600, 5L << Math.min(job.attempts(), 10)));
            LOG.warn("job {} {} #{} failed (attempt {}), retrying in {} s: {}", job.kind(), job.subjectId(), job.id(),
                    job.attempts() + 1, backoff.toSeconds(), e.toString());
            try {
                database.write(tx -> {
                    jobs.retryLater(tx, job.id(), clock.now().plus(backoff), e.toString());
                    return null;
                });
            } catch (RuntimeException storeFailure) {
                LOG.error("cannot reschedule job {}", job.id(), storeFailure);
            }
        } finally {
            running.remove(job.id());
            wakeUp();
        }
    }

    private void sleepUntilNextDue() {
        Duration sleep = MAX_SLEEP;
        var next = database.read(jobs::nextDue);
        if (next.isPresent()) {
            Duration simulated = Duration.between(clock.now(), next.get());
            if (clock.frozen()) {
                sleep = MAX_SLEEP;
            } else if (simulated.isNegative() || simulated.isZero()) {
                sleep = running.isEmpty() ? Duration.ofMillis(1) : Duration.ofMillis(20);
            } else {
                long wallMillis = (long) Math.ceil(simulated.toMillis() / clock.speed());
                sleep = Duration.ofMillis(Math.max(1, Math.min(MAX_SLEEP.toMillis(), wallMillis)));
            }
        }
        synchronized (wake) {
            if (!poked && !stopped) {
                try {
                    wake.wait(Math.max(1, sleep.toMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopped = true;
                }
            }
            poked = false;
        }
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stopped = true;
        wakeUp();
        workers.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.upkisim.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.clock.ClockState;
import dev.upkisim.clock.SimClock;
import dev.upkisim.store.Database;
import dev.upkisim.store.JobStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reset pauses the job runner (issue 5 item 5): a running job is waited for, no new one starts, so no job still
 * working on a row the reset deletes writes after it.
 */
class JobRunnerPauseTest {
    @TempDir
    Path data;
    private Database database;
    private JobRunner runner;
    private final JobStore jobs = new JobStore();
    private final List<String> log = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        database = Database.open(data.resolve("test.db"));
        SimClock clock = new SimClock(Clock.systemUTC(), ClockState.realTime(Instant.now()));
        runner = new JobRunner(database, jobs, clock, 2);
    }

    @AfterEach
    void stop() {
        runner.close();
        database.close();
    }

    private void schedule(String kind, long subject) {
        database.write(tx -> {
            jobs.schedule(tx, kind, subject, Instant.EPOCH);
            return null;
        });
        runner.wakeUp();
    }

    @Test
    void theWorkWaitsForTheRunningJobAndNoJobStartsUntilItIsDone() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        runner.register("slow", job -> {
            started.countDown();
            release.await(10, TimeUnit.SECONDS);
            log.add("slow job done");
            database.write(tx -> {
                jobs.delete(tx, job.id());
                return null;
            });
        });
        runner.register("quick", job -> {
            log.add("quick job ran");
            database.write(tx -> {
                jobs.delete(tx, job.id());
                return null;
            });
        });
        runner.start();
        schedule("slow", 1);
        assertTrue(started.await(10, TimeUnit.SECONDS));

        CountDownLatch workStarted = new CountDownLatch(1);
        CountDownLatch workMayEnd = new CountDownLatch(1);
        CompletableFuture<String> paused = CompletableFuture.supplyAsync(() -> runner.whilePaused(Duration.ofSeconds(10), () -> {
            workStarted.countDown();
            try {
                workMayEnd.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            log.add("work");
            return "done";
        }));
        assertFalse(workStarted.await(100, TimeUnit.MILLISECONDS), "the work waits while the slow job runs");
        release.countDown();
        assertTrue(workStarted.await(10, TimeUnit.SECONDS));
        schedule("quick", 2); // due now, but the runner is paused
        assertEquals(1, log.size(), "nothing else ran yet: " + log);
        workMayEnd.countDown();
        assertEquals("done", paused.get(10, TimeUnit.SECONDS));
        dev.upkisim.support.Eventually.await("the quick job after the pause",
                () -> log.size() == 3 ? java.util.Optional.of(log) : java.util.Optional.empty());
        assertEquals(List.of("slow job done", "work", "quick job ran"), log);
    }

    @Test
    void aJobThatDoesNotFinishInTimeRefusesThePauseAndNothingRuns() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        runner.register("stuck", job -> {
            started.countDown();
            release.await(10, TimeUnit.SECONDS);
        });
        runner.start();
        schedule("stuck", 1);
        assertTrue(started.await(10, TimeUnit.SECONDS));
        JobRunner.StillRunningException error = assertThrows(JobRunner.StillRunningException.class,
                () -> runner.whilePaused(Duration.ofMillis(50), () -> log.add("work")));
        assertEquals("1 job(s) still running after 50 ms", error.getMessage());
        assertEquals(List.of(), log);
        release.countDown();
    }
}

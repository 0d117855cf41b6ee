package dev.upkisim.workflow;

import dev.upkisim.store.JobStore.Job;
import java.time.Instant;
import java.util.List;

/**
 * What the {@link JobRunner} consults before it hands due jobs to its workers: which of them may run now. A gate that
 * holds a job back reschedules it itself (in the job table, so a restart keeps it waiting and nothing is lost); the
 * runner simply does not run it. The maintenance windows of SPEC 1.6 are the one gate today.
 */
@FunctionalInterface
public interface JobGate {
    /** Lets every job run. */
    JobGate OPEN = (due, now) -> due;

    /**
     * Called on every pass of the scheduler — at least once a second of real time, and at once after a job is added or
     * the clock is changed — with the jobs due at {@code now} that are not running (possibly none).
     *
     * @return the jobs that may run now, in the given order
     */
    List<Job> admit(List<Job> due, Instant now);
}

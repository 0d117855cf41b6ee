package dev.upkisim.workflow;

import dev.upkisim.store.JobStore.Job;

/**
 * The work behind one kind of persistent job. It must finish by deleting the job in the same transaction as
 * its result (or by rescheduling it), and it must be safe to run again after a crash: check the state first.
 */
@FunctionalInterface
public interface JobHandler {
    void run(Job job) throws Exception;
}

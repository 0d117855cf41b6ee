package dev.upkisim.workflow.faults;

import dev.upkisim.core.ApplicationState;
import dev.upkisim.core.ApplyType;
import dev.upkisim.store.ApplicationStore;
import dev.upkisim.store.Database;
import dev.upkisim.store.JobStore.Job;
import dev.upkisim.workflow.JobHandler;

/**
 * The application-processing job with the fault rules in front (stages {@code nii-to-ca} and {@code revocation}):
 * when the application is still waiting to be processed and a rule fires, the job fails with an
 * {@link InjectedFault} before anything is done; the job runner keeps the job and retries it with back-off, so the
 * application is processed later, exactly once (SPEC 4).
 */
public final class FaultyApplicationStage implements JobHandler {
    private final JobHandler processing;
    private final FaultInjector faults;
    private final Database database;
    private final ApplicationStore applications;

    public FaultyApplicationStage(JobHandler processing, FaultInjector faults, Database database,
                                  ApplicationStore applications) {
        this.processing = processing;
        this.faults = faults;
        this.database = database;
        this.applications = applications;
    }

    @Override
    public void run(Job job) throws Exception {
        if (faults.active()) {
            var application = database.read(connection -> applications.find(connection, job.subjectId())).orElse(null);
            if (application != null && application.state() == ApplicationState.RECEIVED) {
                FaultStage stage = application.type() == ApplyType.REVOKE ? FaultStage.REVOCATION : FaultStage.NII_TO_CA;
                faults.atStage(stage, StageSubject.application(application.id(), application.institutionId()));
            }
        }
        processing.run(job);
    }
}

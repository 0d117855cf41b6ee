package dev.upkisim.workflow.maintenance;

import dev.upkisim.core.ServiceFace;

/**
 * A kind of background job that belongs to a face, and so waits while that face is in maintenance (SPEC 1.6:
 * "issuance/revocation that would run pauses and resumes after it"). Jobs of kinds not listed always run.
 *
 * @param kind                 the job kind, e.g. {@code process-application}
 * @param face                 the face whose maintenance holds it back
 * @param work                 what it does, for the timeline: "processing of application"
 * @param subjectIsApplication whether the job's subject id is an application id (then the event names it)
 */
public record PausableJob(String kind, ServiceFace face, String work, boolean subjectIsApplication) {
}

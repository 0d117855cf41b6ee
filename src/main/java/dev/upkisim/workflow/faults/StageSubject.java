package dev.upkisim.workflow.faults;

import java.util.List;

/**
 * What a workflow stage is working on, as fault rules see it: the application and its institution (NII → CA,
 * revocation), or the recipients of a mail (mail delivery), and plain words for the timeline.
 *
 * @param applicationId the application, or {@code null} (a mail does not say)
 * @param institution   the application's institution id, or {@code null}
 * @param recipients    a mail's envelope recipients; empty for other stages
 * @param what          e.g. "application 12" or "a mail to taro@example.ac.jp via smtp 127.0.0.1:2525"
 */
public record StageSubject(Long applicationId, String institution, List<String> recipients, String what) {

    public StageSubject {
        recipients = List.copyOf(recipients);
    }

    public static StageSubject application(long id, String institution) {
        return new StageSubject(id, institution, List.of(), "application " + id);
    }

    public static StageSubject mail(List<String> recipients, String transport) {
        return new StageSubject(null, null, recipients, "a mail to " + String.join(", ", recipients) + " via " + transport);
    }
}

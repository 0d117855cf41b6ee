package dev.upkisim.workflow.faults;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The workflow stages a fault rule can break (issue 5 item 3: "the NII → CA step fails once", "mail delivery
 * fails twice"). A stage fault makes the stage's attempt fail with a described error; the stage's own retry
 * (the job runner's back-off, the mail {@code RetryPolicy}) tries again later, so nothing is lost (SPEC 4).
 */
public enum FaultStage {
    /** An accepted issue or renewal row being processed by the CA (job {@code process-application}). */
    NII_TO_CA("nii-to-ca", "the NII → CA step"),
    /** An accepted revocation row being carried out (the same job kind, for a revoke row). */
    REVOCATION("revocation", "the revocation step"),
    /** One delivery attempt of one outbox mail to one transport (SMTP or webhook). */
    MAIL_DELIVERY("mail-delivery", "mail delivery");

    private final String id;
    private final String label;

    FaultStage(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name used in rules, e.g. {@code nii-to-ca}. */
    public String id() {
        return id;
    }

    /** Plain words for events and reports. */
    public String label() {
        return label;
    }

    public static Optional<FaultStage> fromId(String id) {
        return Arrays.stream(values()).filter(stage -> stage.id.equals(id)).findFirst();
    }

    /** {@code nii-to-ca, revocation, mail-delivery}, for error messages. */
    public static String ids() {
        return Arrays.stream(values()).map(FaultStage::id).collect(Collectors.joining(", "));
    }
}

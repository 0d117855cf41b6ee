package dev.upkisim.workflow.reset;

/** A reset that was not done, and why; nothing was changed. */
public final class ResetRefusedException extends RuntimeException {

    /** Why a reset was refused. */
    public enum Reason {
        /** Regenerating the CA hierarchy while running is not supported. */
        CA_HIERARCHY,
        /** The fixtures or the current scenario cannot be read now. */
        FILES,
        /** Background jobs did not finish in time; try again. */
        BUSY
    }

    private final Reason reason;

    public ResetRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

package dev.upkisim.workflow.faults;

/** A fault rule that cannot be used, with a message saying which field is wrong and what is expected. */
public final class InvalidFaultRule extends IllegalArgumentException {
    public InvalidFaultRule(String message) {
        super(message);
    }
}

package dev.upkisim.workflow.faults;

/**
 * The failure a fault rule makes a workflow stage throw. The stage's caller treats it as any failure of that step —
 * the job runner retries the job with back-off — so the simulated failure is recovered exactly as a real one.
 */
public final class InjectedFault extends RuntimeException {
    private final long ruleId;

    public InjectedFault(long ruleId, String message) {
        super(message);
        this.ruleId = ruleId;
    }

    public long ruleId() {
        return ruleId;
    }
}

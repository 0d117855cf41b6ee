package dev.upkisim.workflow.faults;

/**
 * One deterministic fault rule (SPEC 1.6, issue 5 item 3): when a request or workflow step fits {@code match} and
 * {@code trigger} fires, {@code action} happens. Written as JSON — see {@link FaultRuleParser} for the format and
 * an example of every action. {@code id} is given by the {@link FaultBook} when the rule is added (0 before).
 */
public record FaultRule(long id, FaultMatch match, FaultTrigger trigger, FaultAction action) {

    public FaultRule withId(long newId) {
        return new FaultRule(newId, match, trigger, action);
    }

    /** e.g. "rule 3 (face upki, POST /upki-odcert/*.do: the next 2 times, answer HTTP 503 …)". */
    public String describe() {
        return "rule " + id + " (" + match.describe() + ": " + trigger.describe() + ", " + action.describe() + ")";
    }
}

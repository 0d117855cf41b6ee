package dev.upkisim.workflow.faults;

/**
 * One rule firing for one request or step.
 *
 * @param match how many times the rule has been considered, this time included
 * @param fired how many times it has fired, this time included
 */
public record Firing(FaultRule rule, long match, long fired) {
}

package dev.upkisim.workflow.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultTriggerTest {
    private static final long SEED = 20260304L;

    private static List<Boolean> outcomes(FaultTrigger trigger, long seed, long ruleId, int matches) {
        List<Boolean> outcomes = new ArrayList<>();
        for (long match = 1; match <= matches; match++) {
            outcomes.add(trigger.fires(match, seed, ruleId));
        }
        return outcomes;
    }

    @Test
    void nextNFiresOnTheFirstNMatchesOnly() {
        assertEquals(List.of(true, true, false, false, false), outcomes(new FaultTrigger.Next(2), SEED, 1, 5));
    }

    @Test
    void everyNthFiresOnTheNthMatchAndItsMultiples() {
        assertEquals(List.of(false, false, true, false, false, true, false), outcomes(new FaultTrigger.Every(3), SEED, 1, 7));
        assertEquals(List.of(true, true, true), outcomes(new FaultTrigger.Every(1), SEED, 1, 3));
    }

    @Test
    void alwaysFires() {
        assertEquals(List.of(true, true, true), outcomes(new FaultTrigger.Always(), SEED, 1, 3));
    }

    @Test
    void nextAndEveryDoNotDependOnTheSeed() {
        assertEquals(outcomes(new FaultTrigger.Next(4), SEED, 1, 20), outcomes(new FaultTrigger.Next(4), 7, 9, 20));
        assertEquals(outcomes(new FaultTrigger.Every(4), SEED, 1, 20), outcomes(new FaultTrigger.Every(4), 7, 9, 20));
    }

    @Test
    void theSameSeedRuleAndMatchesGiveTheSameProbabilityOutcomes() {
        FaultTrigger trigger = new FaultTrigger.Probability(0.3, null);
        assertEquals(outcomes(trigger, SEED, 3, 200), outcomes(trigger, SEED, 3, 200));
        assertEquals(outcomes(new FaultTrigger.Probability(0.3, SEED), 1, 3, 200), outcomes(trigger, SEED, 3, 200),
                "a rule's own seed stands in for the run's");
    }

    @Test
    void anotherSeedOrAnotherRuleGivesOtherProbabilityOutcomes() {
        FaultTrigger trigger = new FaultTrigger.Probability(0.3, null);
        assertNotEquals(outcomes(trigger, SEED, 3, 200), outcomes(trigger, SEED + 1, 3, 200));
        assertNotEquals(outcomes(trigger, SEED, 3, 200), outcomes(trigger, SEED, 4, 200));
        assertNotEquals(outcomes(trigger, SEED, 3, 200), outcomes(new FaultTrigger.Probability(0.3, 99L), SEED, 3, 200));
    }

    @Test
    void probabilityFiresAboutAsOftenAsAsked() {
        for (double p : new double[] {0.1, 0.5, 0.9}) {
            long fired = outcomes(new FaultTrigger.Probability(p, null), SEED, 1, 10_000).stream().filter(b -> b).count();
            assertTrue(Math.abs(fired / 10_000.0 - p) < 0.03, p + " fired " + fired + " of 10000");
        }
        assertEquals(List.of(true, true, true), outcomes(new FaultTrigger.Probability(1, null), SEED, 1, 3));
    }

    @Test
    void consecutiveSeedsAndMatchesAreNotCorrelated() {
        double sum = 0;
        for (long match = 1; match <= 1000; match++) {
            sum += FaultTrigger.Probability.draw(match, 1, 1) - FaultTrigger.Probability.draw(1, 1, match);
        }
        assertTrue(Math.abs(sum) < 40, "draws over seeds and over matches differ at random: " + sum);
    }
}

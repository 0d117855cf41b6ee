package dev.upkisim.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.core.DelayDistribution;
import dev.upkisim.workflow.Delays.Stage;
import dev.upkisim.workflow.Delays.StageDelay;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Seeded, per-subject delay draws (SPEC 1.6) and what --instant and run-time changes do to them. */
class DelaysTest {

    @Test
    void theSameSeedGivesTheSameDelaysInAnyOrderAndAnotherSeedOthers() {
        Delays one = Delays.realistic(42, false);
        Delays again = Delays.realistic(42, false);
        Delays other = Delays.realistic(43, false);
        assertEquals(one.draw(Stage.NII_TO_CA, 7), again.draw(Stage.NII_TO_CA, 7));
        again.draw(Stage.NII_TO_CA, 8);
        assertEquals(one.draw(Stage.NII_TO_CA, 9), again.draw(Stage.NII_TO_CA, 9), "no shared generator state");
        assertNotEquals(LongStream.range(1, 20).mapToObj(id -> one.draw(Stage.NII_TO_CA, id)).toList(),
                LongStream.range(1, 20).mapToObj(id -> other.draw(Stage.NII_TO_CA, id)).toList());
    }

    @Test
    void instantZeroesTheScenariosDelaysButNotOnesSetExplicitly() {
        Delays delays = Delays.realistic(42, true);
        assertEquals(Duration.ZERO, delays.draw(Stage.NII_TO_CA, 1));
        assertTrue(delays.zeroedByInstant(Stage.NII_TO_CA));
        Map<Stage, StageDelay> changed = new EnumMap<>(delays.stages());
        changed.put(Stage.ISSUE_BUTTON, new StageDelay(new DelayDistribution.Fixed(Duration.ofSeconds(2)), "test", true));
        delays.replace(changed);
        assertEquals(Duration.ofSeconds(2), delays.draw(Stage.ISSUE_BUTTON, 1));
        assertEquals(Duration.ZERO, delays.draw(Stage.NII_TO_CA, 1));
    }

    @Test
    void aChangedDistributionAppliesToTheNextDrawWithTheSameRandomStream() {
        Delays delays = Delays.realistic(42, false);
        Map<Stage, StageDelay> uniform = new EnumMap<>(delays.stages());
        uniform.put(Stage.NII_TO_CA, new StageDelay(DelayDistribution.parse("uniform PT1M PT2M"), "test", false));
        delays.replace(uniform);
        Duration drawn = delays.draw(Stage.NII_TO_CA, 5);
        assertTrue(drawn.compareTo(Duration.ofMinutes(1)) >= 0 && drawn.compareTo(Duration.ofMinutes(2)) <= 0, drawn.toString());
        assertEquals(drawn, new Delays(42, false, uniform).draw(Stage.NII_TO_CA, 5), "reproducible from seed and subject");
    }

    @Test
    void aDrawNeverExceedsItsStagesLimitEvenInTheLogNormalTail() {
        Delays delays = new Delays(42, false, Delays.profile(Map.of(
                Stage.NII_TO_CA, DelayDistribution.parse("lognormal PT10M P20D"),
                Stage.REVOCATION, DelayDistribution.parse("fixed PT0S"),
                Stage.ISSUE_BUTTON, DelayDistribution.parse("lognormal PT1M PT5M")), "test", false));
        for (long id = 1; id < 2000; id++) {
            assertTrue(delays.draw(Stage.ISSUE_BUTTON, id).compareTo(Duration.ofMinutes(5)) <= 0);
            assertTrue(delays.draw(Stage.NII_TO_CA, id).compareTo(Duration.ofDays(30)) <= 0);
        }
    }
}

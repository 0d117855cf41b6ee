package dev.upkisim.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.core.DelayDistribution;
import dev.upkisim.workflow.Delays.Stage;
import dev.upkisim.workflow.Delays.StageDelay;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    void instantZeroesTheJupkiToNiiAndMailDelaysOfTheRealisticProfileToo() {
        Delays delays = Delays.realistic(42, true);
        for (Stage stage : List.of(Stage.JUPKI_TO_NII, Stage.MAIL)) {
            assertTrue(delays.zeroedByInstant(stage), stage.id());
            assertEquals(Duration.ZERO, delays.draw(stage, 3));
            assertTrue(Delays.realistic(42, false).draw(stage, 3).compareTo(Duration.ZERO) > 0, stage.id());
        }
    }

    @ParameterizedTest(name = "{0}: median {1}, p95 {2}")
    @CsvSource({"JUPKI_TO_NII, PT2M, PT15M", "MAIL, PT5S, PT1M"})
    void theRealisticProfileGivesTheNewStagesTheirDocumentedMedianAndP95(Stage stage, Duration median, Duration p95) {
        assertEquals(new DelayDistribution.LogNormal(median, p95), Delays.REALISTIC.get(stage));
        Delays delays = Delays.realistic(42, false);
        List<Duration> drawn = LongStream.range(0, 4000).mapToObj(id -> delays.draw(stage, id)).sorted().toList();
        assertEquals(median.toMillis(), drawn.get(2000).toMillis(), median.toMillis() * 0.1, "median of " + stage.id());
        assertEquals(p95.toMillis(), drawn.get(3800).toMillis(), p95.toMillis() * 0.1, "p95 of " + stage.id());
    }

    @Test
    void addingStagesLeavesTheDrawsOfAnExistingSeedAsTheyWere() {
        Delays delays = Delays.realistic(20260304, false); // the default seed; values drawn before jupki-to-nii and mail
        assertEquals(List.of(Duration.parse("PT2M30.037S"), Duration.parse("PT14M0.688S"), Duration.parse("PT9M1.775S")),
                LongStream.rangeClosed(1, 3).mapToObj(id -> delays.draw(Stage.NII_TO_CA, id)).toList());
        assertEquals(Duration.parse("PT17.924S"), delays.draw(Stage.ISSUE_BUTTON, 3));
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
                Stage.ISSUE_BUTTON, DelayDistribution.parse("lognormal PT1M PT5M"),
                Stage.JUPKI_TO_NII, DelayDistribution.parse("fixed PT0S"),
                Stage.MAIL, DelayDistribution.parse("fixed PT0S")), "test", false));
        for (long id = 1; id < 2000; id++) {
            assertTrue(delays.draw(Stage.ISSUE_BUTTON, id).compareTo(Duration.ofMinutes(5)) <= 0);
            assertTrue(delays.draw(Stage.NII_TO_CA, id).compareTo(Duration.ofDays(30)) <= 0);
        }
    }
}

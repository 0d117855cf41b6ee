package dev.upkisim.workflow;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The delay of each processing stage (SPEC 1.6), drawn per (stage, subject) from a generator seeded with the
 * run's seed: the same seed and the same applications give the same delays, whatever order they are processed
 * in. {@code --instant} makes every delay zero.
 */
public final class Delays {

    /** The stages that take time. */
    public enum Stage {
        /** An accepted row until its PIN and URLs are mailed (J-UPKI → NII → CA; seed: ~10 min to over an hour). */
        NII_TO_CA,
        /** A revocation row until the certificate is revoked and the notice mailed. */
        REVOCATION,
        /** The 「発行」 button's request (SPEC 1.3: the real page can look frozen for ~30 s). */
        ISSUE_BUTTON
    }

    private final long seed;
    private final boolean instant;
    private final Map<Stage, DelayDistribution> distributions;
    private final Map<Stage, Duration> pinned = new EnumMap<>(Stage.class);

    public Delays(long seed, boolean instant, Map<Stage, DelayDistribution> distributions) {
        this.seed = seed;
        this.instant = instant;
        this.distributions = new EnumMap<>(distributions);
        for (Stage stage : Stage.values()) {
            if (!this.distributions.containsKey(stage)) {
                throw new IllegalArgumentException("no delay distribution for stage " + stage);
            }
        }
    }

    /** The "realistic" profile: the seed FAQ's "10 minutes, sometimes over an hour". */
    public static Delays realistic(long seed, boolean instant) {
        return new Delays(seed, instant, Map.of(
                Stage.NII_TO_CA, new DelayDistribution.LogNormal(Duration.ofMinutes(10), Duration.ofMinutes(70)),
                Stage.REVOCATION, new DelayDistribution.LogNormal(Duration.ofMinutes(10), Duration.ofMinutes(60)),
                Stage.ISSUE_BUTTON, new DelayDistribution.LogNormal(Duration.ofSeconds(3), Duration.ofSeconds(25))));
    }

    /** Makes a stage take exactly {@code delay}, even with {@code --instant} (e.g. a slow 「発行」 page in a test). */
    public Delays pin(Stage stage, Duration delay) {
        pinned.put(stage, delay);
        return this;
    }

    public Duration draw(Stage stage, long subjectId) {
        if (pinned.containsKey(stage)) {
            return pinned.get(stage);
        }
        if (instant) {
            return Duration.ZERO;
        }
        long mixed = seed * 0x9E3779B97F4A7C15L + stage.ordinal() * 0xBF58476D1CE4E5B9L + subjectId;
        return distributions.get(stage).sample(new SplittableRandom(mixed));
    }

    public boolean instant() {
        return instant;
    }
}

package dev.upkisim.workflow;

import dev.upkisim.core.DelayDistribution;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The delay of each processing stage (SPEC 1.6), drawn per (stage, subject) from a generator seeded with the
 * run's seed: the same seed and the same applications give the same delays, whatever order they are processed
 * in, and a distribution changed at run time applies to the next draw with the same random stream.
 *
 * <p>{@code --instant} makes every delay zero that came from a scenario (or the built-in realistic profile); a
 * delay set explicitly — by a {@code delays.*} setting or {@code POST /sim/delays} — applies even then, as
 * {@code delays.issueButton} always did (a slow 「発行」 page in a CI test). A draw never exceeds its stage's
 * limit: the log-normal tail is cut there.
 */
public final class Delays {

    /**
     * The stages that take time. New stages go at the end: the ordinal is part of each draw's seed, so reordering
     * would change the delays of every existing seed.
     */
    public enum Stage {
        /** An accepted row until its PIN and URLs are mailed (NII → CA; seed: ~10 min to over an hour). */
        NII_TO_CA("nii-to-ca", "niiToCa", DelayDistribution.PROCESSING_LIMIT,
                "accepted issue or renewal row until its PIN and URLs are mailed (seed: ~10 min, some over an hour)"),
        /** A revocation row until the certificate is revoked and the notice mailed. */
        REVOCATION("revocation", "revocation", DelayDistribution.PROCESSING_LIMIT,
                "accepted revocation row until the certificate is revoked and the notice mailed"),
        /** The 「発行」 button's request (SPEC 1.3: the real page can look frozen for ~30 s). */
        ISSUE_BUTTON("issue-button", "issueButton", DelayDistribution.REQUEST_LIMIT,
                "the 「発行」 request on 【STEP2】 (SPEC 1.3: the real page can look frozen for ~30 s)"),
        /**
         * A member's request made in the J-UPKI portal (new, renewal, revocation, server certificate) until the NII
         * side receives it; the NII side's own stage ({@link #NII_TO_CA} or {@link #REVOCATION}) follows. The RA's
         * TSV upload reaches the NII side at once.
         */
        JUPKI_TO_NII("jupki-to-nii", "jupkiToNii", DelayDistribution.PROCESSING_LIMIT,
                "a request in the J-UPKI portal until the NII side receives it (then nii-to-ca or revocation)"),
        /** A mail from the outbox until it is handed to the SMTP and webhook transports; the outbox has it at once. */
        MAIL("mail", "mail", DelayDistribution.PROCESSING_LIMIT,
                "a mail from the outbox until it is handed to the SMTP server and webhook (the outbox has it at once)");

        private final String id;
        private final String key;
        private final Duration limit;
        private final String description;

        Stage(String id, String key, Duration limit, String description) {
            this.id = id;
            this.key = key;
            this.limit = limit;
            this.description = description;
        }

        /** The API's name, e.g. {@code nii-to-ca}. */
        public String id() {
            return id;
        }

        /** The settings' and scenario files' name, e.g. {@code niiToCa} (setting {@code delays.niiToCa}). */
        public String key() {
            return key;
        }

        public Duration limit() {
            return limit;
        }

        public String description() {
            return description;
        }

        /** Refuses a distribution that goes beyond this stage's limit, with a message saying why. */
        public DelayDistribution check(DelayDistribution distribution) {
            return DelayDistribution.within(distribution, limit, this == ISSUE_BUTTON
                    ? "the 「発行」 request keeps the browser waiting" : "a one-time URL is valid one month");
        }

        public static Optional<Stage> byId(String id) {
            return Arrays.stream(values()).filter(stage -> stage.id.equals(id)).findFirst();
        }

        public static Optional<Stage> byKey(String key) {
            return Arrays.stream(values()).filter(stage -> stage.key.equals(key)).findFirst();
        }
    }

    /**
     * A stage's delay as it is set.
     *
     * @param source   who set it, in words: {@code scenario realistic}, {@code setting delays.niiToCa}, {@code /sim/delays}
     * @param explicit set on purpose (setting or API), so {@code --instant} leaves it alone
     */
    public record StageDelay(DelayDistribution distribution, String source, boolean explicit) {
    }

    /**
     * The realistic profile (log-normal: most are quick, a long tail is not):
     * <ul>
     *   <li>{@code nii-to-ca} median 10 min, p95 70 min, and {@code revocation} median 10 min, p95 1 h — the seed
     *       FAQ's "about 10 minutes, sometimes over an hour";</li>
     *   <li>{@code issue-button} median 3 s, p95 25 s — SPEC 1.3: the real 「発行」 page can look frozen for ~30 s;</li>
     *   <li>{@code jupki-to-nii} median 2 min, p95 15 min — the portal hands members' requests to the NII side as an
     *       RA upload, in batches rather than at once; small beside the NII side's own processing, so a portal
     *       application still takes the seed's "about 10 minutes" overall (SPEC 1.5: 「30分程度かかる場合があります」);</li>
     *   <li>{@code mail} median 5 s, p95 1 min — an ordinary mail relay: seconds, now and then a minute of greylisting
     *       or a queue run.</li>
     * </ul>
     */
    public static final Map<Stage, DelayDistribution> REALISTIC = Collections.unmodifiableMap(new EnumMap<>(Map.of(
            Stage.NII_TO_CA, new DelayDistribution.LogNormal(Duration.ofMinutes(10), Duration.ofMinutes(70)),
            Stage.REVOCATION, new DelayDistribution.LogNormal(Duration.ofMinutes(10), Duration.ofMinutes(60)),
            Stage.ISSUE_BUTTON, new DelayDistribution.LogNormal(Duration.ofSeconds(3), Duration.ofSeconds(25)),
            Stage.JUPKI_TO_NII, new DelayDistribution.LogNormal(Duration.ofMinutes(2), Duration.ofMinutes(15)),
            Stage.MAIL, new DelayDistribution.LogNormal(Duration.ofSeconds(5), Duration.ofMinutes(1)))));

    private final long seed;
    private final boolean instant;
    private volatile Map<Stage, StageDelay> stages;

    public Delays(long seed, boolean instant, Map<Stage, StageDelay> stages) {
        this.seed = seed;
        this.instant = instant;
        this.stages = complete(stages);
    }

    /** Every stage at the realistic profile, as the built-in default. */
    public static Delays realistic(long seed, boolean instant) {
        return new Delays(seed, instant, profile(REALISTIC, "built-in realistic profile", false));
    }

    /** The same distributions for every stage given, with one source. */
    public static Map<Stage, StageDelay> profile(Map<Stage, DelayDistribution> distributions, String source,
                                                 boolean explicit) {
        Map<Stage, StageDelay> profile = new EnumMap<>(Stage.class);
        distributions.forEach((stage, distribution) -> profile.put(stage, new StageDelay(distribution, source, explicit)));
        return profile;
    }

    public Duration draw(Stage stage, long subjectId) {
        StageDelay delay = stages.get(stage);
        if (instant && !delay.explicit()) {
            return Duration.ZERO;
        }
        long mixed = seed * 0x9E3779B97F4A7C15L + stage.ordinal() * 0xBF58476D1CE4E5B9L + subjectId;
        Duration drawn = delay.distribution().sample(new SplittableRandom(mixed));
        return drawn.compareTo(stage.limit()) > 0 ? stage.limit() : drawn;
    }

    /** What {@link #draw} does now for a stage: zero under {@code --instant}, unless set explicitly. */
    public boolean zeroedByInstant(Stage stage) {
        return instant && !stages.get(stage).explicit();
    }

    public Map<Stage, StageDelay> stages() {
        return stages;
    }

    /** Replaces every stage's delay at once (after the change was committed). */
    public void replace(Map<Stage, StageDelay> changed) {
        stages = complete(changed);
    }

    public long seed() {
        return seed;
    }

    public boolean instant() {
        return instant;
    }

    private static Map<Stage, StageDelay> complete(Map<Stage, StageDelay> stages) {
        for (Stage stage : Stage.values()) {
            if (!stages.containsKey(stage)) {
                throw new IllegalArgumentException("no delay for stage " + stage.id());
            }
        }
        return Collections.unmodifiableMap(new EnumMap<>(stages));
    }
}

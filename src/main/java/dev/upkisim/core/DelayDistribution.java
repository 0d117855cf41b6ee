package dev.upkisim.core;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How long a processing stage takes (SPEC 1.6): fixed, uniform, or log-normal given its median and 95th
 * percentile. Samples come from a caller-supplied seeded generator, so a run is reproducible.
 *
 * <p>Written as text the same way in settings, scenario files and the control API's views:
 * {@code fixed PT5M} (or just {@code PT5M}), {@code uniform PT1M PT10M}, {@code lognormal PT10M PT70M}
 * (median, then p95) — ISO-8601 durations.
 */
public sealed interface DelayDistribution {
    /** z of the standard normal distribution's 95th percentile. */
    double Z95 = 1.6448536269514722;
    /** The longest a request may be kept waiting (the 「発行」 page holds the browser's connection open). */
    Duration REQUEST_LIMIT = Duration.ofMinutes(5);
    /** The longest a background stage may take: a one-time URL lives a month (SPEC 1.3), so longer means never. */
    Duration PROCESSING_LIMIT = Duration.ofDays(30);
    String GRAMMAR = "fixed DURATION, uniform MIN MAX or lognormal MEDIAN P95, with ISO-8601 durations,"
            + " e.g. \"fixed PT5M\", \"uniform PT1M PT10M\", \"lognormal PT10M PT70M\"";

    Duration sample(SplittableRandom random);

    /** The largest value the distribution is meant to give: fixed, max, or p95 (the tail beyond is capped). */
    Duration upperBound();

    /** The text form, e.g. {@code lognormal PT10M PT70M}; {@link #parse} reads it back. */
    String text();

    /**
     * Reads the text form; throws {@link IllegalArgumentException} with a message that says what is allowed.
     */
    static DelayDistribution parse(String text) {
        String[] words = text == null ? new String[0] : text.trim().split("\\s+");
        if (words.length == 1 && words[0].toUpperCase(Locale.ROOT).startsWith("P")) {
            return new Fixed(duration(words[0]));
        }
        if (words.length >= 2) {
            String kind = words[0].toLowerCase(Locale.ROOT).replace("-", "");
            if (kind.equals("fixed") && words.length == 2) {
                return new Fixed(duration(words[1]));
            }
            if (kind.equals("uniform") && words.length == 3) {
                return new Uniform(duration(words[1]), duration(words[2]));
            }
            if (kind.equals("lognormal") && words.length == 3) {
                return new LogNormal(duration(words[1]), duration(words[2]));
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a delay; allowed: " + GRAMMAR);
    }

    /** Refuses a distribution whose upper bound is beyond {@code limit}, saying why the limit exists. */
    static DelayDistribution within(DelayDistribution distribution, Duration limit, String why) {
        if (distribution.upperBound().compareTo(limit) > 0) {
            throw new IllegalArgumentException("'" + distribution.text() + "' goes beyond " + limit + " (" + why
                    + "); allowed: at most " + limit);
        }
        return distribution;
    }

    private static Duration duration(String text) {
        Duration duration;
        try {
            duration = Duration.parse(text.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 duration; allowed: " + GRAMMAR);
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException("'" + text + "' is negative; a delay is zero or more");
        }
        return duration;
    }

    record Fixed(Duration delay) implements DelayDistribution {
        public Fixed {
            if (delay.isNegative()) {
                throw new IllegalArgumentException("a fixed delay must not be negative, got " + delay);
            }
        }

        @Override
        public Duration sample(SplittableRandom random) {
            return delay;
        }

        @Override
        public Duration upperBound() {
            return delay;
        }

        @Override
        public String text() {
            return "fixed " + delay;
        }
    }

    record Uniform(Duration min, Duration max) implements DelayDistribution {
        public Uniform {
            if (min.isNegative()) {
                throw new IllegalArgumentException("uniform delay: min " + min + " is negative");
            }
            if (max.compareTo(min) < 0) {
                throw new IllegalArgumentException("uniform delay: max " + max + " is below min " + min);
            }
        }

        @Override
        public Duration sample(SplittableRandom random) {
            long span = max.toMillis() - min.toMillis();
            return min.plusMillis(span == 0 ? 0 : random.nextLong(span + 1));
        }

        @Override
        public Duration upperBound() {
            return max;
        }

        @Override
        public String text() {
            return "uniform " + min + " " + max;
        }
    }

    /** exp(N(μ, σ²)) with μ = ln(median) and σ = (ln(p95) − μ) / z95. */
    record LogNormal(Duration median, Duration p95) implements DelayDistribution {
        public LogNormal {
            if (median.toMillis() < 1 || p95.compareTo(median) < 0) {
                throw new IllegalArgumentException("log-normal delay needs 1 ms <= median <= p95, got " + median + ", " + p95);
            }
        }

        @Override
        public Duration sample(SplittableRandom random) {
            double mu = Math.log(median.toMillis());
            double sigma = (Math.log(p95.toMillis()) - mu) / Z95;
            return Duration.ofMillis(Math.round(Math.exp(mu + sigma * gaussian(random))));
        }

        @Override
        public Duration upperBound() {
            return p95;
        }

        @Override
        public String text() {
            return "lognormal " + median + " " + p95;
        }

        /** Box–Muller: two uniforms to one standard normal draw. */
        private static double gaussian(SplittableRandom random) {
            double u1 = 1.0 - random.nextDouble();
            double u2 = random.nextDouble();
            return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
        }
    }
}

package dev.upkisim.workflow;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * How long a processing stage takes (SPEC 1.6): fixed, uniform, or log-normal given its median and 95th
 * percentile. Samples come from a caller-supplied seeded generator, so a run is reproducible.
 */
public sealed interface DelayDistribution {
    /** z of the standard normal distribution's 95th percentile. */
    double Z95 = 1.6448536269514722;

    Duration sample(SplittableRandom random);

    record Fixed(Duration delay) implements DelayDistribution {
        @Override
        public Duration sample(SplittableRandom random) {
            return delay;
        }
    }

    record Uniform(Duration min, Duration max) implements DelayDistribution {
        public Uniform {
            if (max.compareTo(min) < 0) {
                throw new IllegalArgumentException("uniform delay: max " + max + " is below min " + min);
            }
        }

        @Override
        public Duration sample(SplittableRandom random) {
            long span = max.toMillis() - min.toMillis();
            return min.plusMillis(span == 0 ? 0 : random.nextLong(span + 1));
        }
    }

    /** exp(N(μ, σ²)) with μ = ln(median) and σ = (ln(p95) − μ) / z95. */
    record LogNormal(Duration median, Duration p95) implements DelayDistribution {
        public LogNormal {
            if (median.isNegative() || median.isZero() || p95.compareTo(median) < 0) {
                throw new IllegalArgumentException("log-normal delay needs 0 < median <= p95, got " + median + ", " + p95);
            }
        }

        @Override
        public Duration sample(SplittableRandom random) {
            double mu = Math.log(median.toMillis());
            double sigma = (Math.log(p95.toMillis()) - mu) / Z95;
            return Duration.ofMillis(Math.round(Math.exp(mu + sigma * gaussian(random))));
        }

        /** Box–Muller: two uniforms to one standard normal draw. */
        private static double gaussian(SplittableRandom random) {
            double u1 = 1.0 - random.nextDouble();
            double u2 = random.nextDouble();
            return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
        }
    }
}

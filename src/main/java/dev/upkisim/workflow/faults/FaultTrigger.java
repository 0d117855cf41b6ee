package dev.upkisim.workflow.faults;

import java.util.SplittableRandom;

/**
 * When a rule whose match fits actually fires (SPEC 1.6: "fail the next N", "fail 1 in N", "fail with probability
 * p under seed s"). The decision depends only on the rule, the run's seed and the match number (1 for the first
 * request or step the rule was considered for, 2 for the next, …) — never on the wall clock or thread timing — so
 * the same seed and the same sequence of requests give the same faults.
 */
public sealed interface FaultTrigger {

    /**
     * @param match  how many times the rule has been considered, this time included (1-based)
     * @param seed   the run's seed ({@code seed} setting)
     * @param ruleId the rule's id
     */
    boolean fires(long match, long seed, long ruleId);

    /** The JSON {@code type}: {@code next}, {@code every}, {@code probability} or {@code always}. */
    String type();

    /** Plain words, e.g. "fail the next 2". */
    String describe();

    /** Fires on the first {@code count} matches, then never again ({@code {"type":"next","count":2}}). */
    record Next(int count) implements FaultTrigger {
        @Override
        public boolean fires(long match, long seed, long ruleId) {
            return match <= count;
        }

        @Override
        public String type() {
            return "next";
        }

        @Override
        public String describe() {
            return count == 1 ? "the next time" : "the next " + count + " times";
        }
    }

    /** Fires on match {@code n}, {@code 2n}, {@code 3n}, … ({@code {"type":"every","n":3}}: 1 in 3). */
    record Every(int n) implements FaultTrigger {
        @Override
        public boolean fires(long match, long seed, long ruleId) {
            return match % n == 0;
        }

        @Override
        public String type() {
            return "every";
        }

        @Override
        public String describe() {
            return n == 1 ? "every time" : "every " + ordinal(n) + " time";
        }

        private static String ordinal(int n) {
            String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
            return n + suffix;
        }
    }

    /**
     * Fires when a draw in [0, 1) is below {@code p}; the draw is seeded from the run's seed — or {@code seed}, when
     * the rule names one — mixed with the rule id and the match number ({@code {"type":"probability","p":0.25}}).
     */
    record Probability(double p, Long seed) implements FaultTrigger {
        @Override
        public boolean fires(long match, long runSeed, long ruleId) {
            return draw(seed != null ? seed : runSeed, ruleId, match) < p;
        }

        /** The deterministic draw for one (seed, rule, match). */
        static double draw(long seed, long ruleId, long match) {
            long mixed = seed * 0x9E3779B97F4A7C15L + ruleId * 0xBF58476D1CE4E5B9L + match * 0x94D049BB133111EBL;
            return new SplittableRandom(mixed).nextDouble();
        }

        @Override
        public String type() {
            return "probability";
        }

        @Override
        public String describe() {
            return "with probability " + p + (seed == null ? "" : " under seed " + seed);
        }
    }

    /** Fires every time ({@code {"type":"always"}}; the default when a rule has no trigger). */
    record Always() implements FaultTrigger {
        @Override
        public boolean fires(long match, long seed, long ruleId) {
            return true;
        }

        @Override
        public String type() {
            return "always";
        }

        @Override
        public String describe() {
            return "always";
        }
    }
}

package dev.upkisim.mail;

import java.time.Duration;

/**
 * How often and how soon the outbox tries a failed delivery again: up to {@code maxAttempts} attempts in all,
 * waiting {@code firstBackoff} after the first failure and twice as long after each further one, at most
 * {@code maxBackoff}. Only failures whose {@link DeliveryException.Kind} is retryable are tried again. Waiting is
 * measured on the simulated clock by whoever schedules the attempts; nothing here sleeps.
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff) {
    /** Five attempts over about a quarter of an hour: 1, 2, 4 and 8 minutes apart. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(30));
    /** A single attempt. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("retry policy: maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("retry policy: need 0 <= firstBackoff <= maxBackoff, was "
                    + firstBackoff + " and " + maxBackoff);
        }
    }

    /** Whether to try again after {@code attemptsMade} attempts, the last of which failed with {@code failure}. */
    public boolean shouldRetry(int attemptsMade, DeliveryException failure) {
        return failure.retryable() && attemptsMade < maxAttempts;
    }

    /** How long to wait after {@code attemptsMade} failed attempts (1 = after the first) before the next one. */
    public Duration backoffAfter(int attemptsMade) {
        if (attemptsMade < 1) {
            throw new IllegalArgumentException("no attempt was made yet");
        }
        Duration backoff = firstBackoff;
        for (int i = 1; i < attemptsMade && backoff.compareTo(maxBackoff) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }
}

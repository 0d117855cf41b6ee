package dev.upkisim.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static DeliveryException makeFailure(DeliveryException.Kind kind) {
        return new DeliveryException(kind, "smtp mail.example.ac.jp:25", "test", null);
    }

    @Test
    void theBackoffDoublesAfterEachFailureUpToTheMaximum() {
        RetryPolicy policy = new RetryPolicy(8, Duration.ofMinutes(1), Duration.ofMinutes(10));

        assertEquals(List.of(1L, 2L, 4L, 8L, 10L, 10L),
                IntStream.rangeClosed(1, 6).mapToObj(n -> policy.backoffAfter(n).toMinutes()).toList());
    }

    @Test
    void onlyRetryableFailuresAreTriedAgainAndOnlyUntilTheAttemptsAreUsedUp() {
        RetryPolicy policy = RetryPolicy.DEFAULT;

        assertTrue(policy.shouldRetry(1, makeFailure(DeliveryException.Kind.UNREACHABLE)));
        assertTrue(policy.shouldRetry(4, makeFailure(DeliveryException.Kind.TEMPORARY)));
        assertFalse(policy.shouldRetry(5, makeFailure(DeliveryException.Kind.TEMPORARY)));
        assertFalse(policy.shouldRetry(1, makeFailure(DeliveryException.Kind.AUTHENTICATION)));
        assertFalse(policy.shouldRetry(1, makeFailure(DeliveryException.Kind.REJECTED)));
        assertFalse(RetryPolicy.NONE.shouldRetry(1, makeFailure(DeliveryException.Kind.UNREACHABLE)));
    }

    @Test
    void aPolicyThatMakesNoSenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> new RetryPolicy(3, Duration.ofMinutes(5), Duration.ofMinutes(1)));
    }

    @Test
    void theMessageNamesTheTransportAndSaysWhetherTryingAgainCanHelp() {
        assertEquals("smtp mail.example.ac.jp:25: test (unreachable, retryable)",
                makeFailure(DeliveryException.Kind.UNREACHABLE).getMessage());
        assertEquals("smtp mail.example.ac.jp:25: test (rejected, permanent)",
                makeFailure(DeliveryException.Kind.REJECTED).getMessage());
    }
}

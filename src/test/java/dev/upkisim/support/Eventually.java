package dev.upkisim.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Waits for background work (the job runner) to produce a result, by polling; never a fixed sleep. With
 * {@code --instant} the work is due at once, so this returns within milliseconds.
 */
public final class Eventually {
    private Eventually() {
    }

    public static <T> T await(String what, Supplier<Optional<T>> probe) {
        return await(what, Duration.ofSeconds(30), probe);
    }

    public static <T> T await(String what, Duration limit, Supplier<Optional<T>> probe) {
        Instant giveUp = Instant.now().plus(limit);
        while (true) {
            Optional<T> result = probe.get();
            if (result.isPresent()) {
                return result.get();
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("gave up waiting " + limit.toSeconds() + " s for " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }
}

package dev.upkisim.workflow.faults;

import java.time.Duration;

/** Durations in rules: ISO-8601 ({@code PT2S}, {@code PT0.5S}) in JSON, plain words in events. */
final class Durations {
    private Durations() {
    }

    static String words(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 1000 != 0) {
            return millis + " ms";
        }
        long seconds = millis / 1000;
        return seconds == 1 ? "1 second" : seconds + " seconds";
    }
}

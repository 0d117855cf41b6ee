package dev.upkisim.web.sim;

import dev.upkisim.clock.SimClock;
import java.time.Instant;

/** {@code GET /sim/clock}: the simulated clock as JSON. */
record ClockView(Instant now, double speed, boolean frozen) {
    static ClockView of(SimClock clock) {
        SimClock.Reading reading = clock.read();
        return new ClockView(reading.now(), reading.speed(), reading.frozen());
    }
}

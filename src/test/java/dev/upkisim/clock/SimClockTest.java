package dev.upkisim.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimClockTest {
    private static final Instant START = Instant.parse("2026-11-26T00:00:00Z");
    private final MutableClock wall = new MutableClock(START);
    private final SimClock clock = new SimClock(wall, ClockState.realTime(START));

    @Test
    void runsWithTheWallClockAtSpeedOne() {
        wall.advance(Duration.ofMinutes(5));
        assertEquals(START.plus(Duration.ofMinutes(5)), clock.now());
    }

    @Test
    void runsSixtyTimesFasterAtSpeedSixty() {
        clock.setSpeed(60);
        wall.advance(Duration.ofSeconds(10));
        assertEquals(START.plus(Duration.ofMinutes(10)), clock.now());
    }

    @Test
    void aSpeedChangeKeepsTheTimeAlreadyElapsed() {
        wall.advance(Duration.ofMinutes(1));
        clock.setSpeed(2);
        wall.advance(Duration.ofMinutes(1));
        assertEquals(START.plus(Duration.ofMinutes(3)), clock.now());
    }

    @Test
    void standsStillWhenFrozenAndContinuesFromThereWhenThawed() {
        wall.advance(Duration.ofMinutes(1));
        clock.setFrozen(true);
        wall.advance(Duration.ofHours(5));
        assertEquals(START.plus(Duration.ofMinutes(1)), clock.now());
        clock.setFrozen(false);
        wall.advance(Duration.ofMinutes(1));
        assertEquals(START.plus(Duration.ofMinutes(2)), clock.now());
    }

    @Test
    void advancesByCalendarMonthsAndExactHours() {
        clock.advance(ClockAmount.parse("P1MT2H"));
        assertEquals(Instant.parse("2026-12-26T02:00:00Z"), clock.now());
    }

    @Test
    void advancesWhileFrozenAndStaysFrozen() {
        clock.setFrozen(true);
        clock.advance(ClockAmount.parse("P30D"));
        wall.advance(Duration.ofDays(1));
        assertEquals(START.plus(Duration.ofDays(30)), clock.now());
        assertTrue(clock.frozen());
    }

    @Test
    void neverMovesBackwards() {
        assertThrows(IllegalArgumentException.class, () -> clock.advance(ClockAmount.parse("-P1D")));
        assertEquals(START, clock.now());
    }

    @Test
    void refusesSpeedsOutsideItsRange() {
        assertThrows(IllegalArgumentException.class, () -> clock.setSpeed(0));
        assertThrows(IllegalArgumentException.class, () -> clock.setSpeed(-1));
        assertThrows(IllegalArgumentException.class, () -> clock.setSpeed(ClockState.MAX_SPEED * 2));
        assertEquals(1.0, clock.speed());
    }

    @Test
    void tellsListenersTheStateToPersistAndARebuiltClockReadsTheSame() {
        List<ClockState> heard = new ArrayList<>();
        clock.onChange(heard::add);
        clock.change(ClockAmount.parse("PT1H"), 10.0, null);
        assertEquals(1, heard.size());
        wall.advance(Duration.ofMinutes(1));
        SimClock rebuilt = new SimClock(wall, heard.get(0));
        assertEquals(clock.now(), rebuilt.now());
        assertEquals(START.plus(Duration.ofHours(1)).plus(Duration.ofMinutes(10)), rebuilt.now());
    }
}

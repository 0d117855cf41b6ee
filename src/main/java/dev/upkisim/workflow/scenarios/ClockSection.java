package dev.upkisim.workflow.scenarios;

import dev.upkisim.clock.ClockAmount;
import dev.upkisim.clock.ClockState;
import dev.upkisim.clock.SimClock;
import java.sql.Connection;
import java.util.Map;
import java.util.Set;

/**
 * The {@code clock} section (SPEC 1.6): {@code speed} (default 1), {@code frozen} (default false) and {@code advance}
 * (an ISO-8601 amount, applied when the scenario is loaded, not again on a reset — time only moves forward). A
 * scenario without the section runs the clock at real speed.
 *
 * <p>The clock saves itself on every change, so the change is made right after the scenario's transaction commits,
 * not in it: a crash in that instant keeps the scenario chosen with the clock as it was.
 */
public final class ClockSection implements ScenarioSection {
    private final SimClock clock;

    public ClockSection(SimClock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "clock";
    }

    @Override
    public Change validate(Object value, ScenarioLocation where) {
        Map<String, Object> fields = where.map(value, Set.of("speed", "frozen", "advance"));
        double speed = 1.0;
        if (fields.containsKey("speed")) {
            if (!(fields.get("speed") instanceof Number number) || !(number.doubleValue() > 0)
                    || number.doubleValue() > ClockState.MAX_SPEED) {
                throw where.at("speed").problem("must be a number above 0 and at most " + (long) ClockState.MAX_SPEED
                        + " (1 = real time, 60 = a minute per second)");
            }
            speed = ((Number) fields.get("speed")).doubleValue();
        }
        boolean frozen = false;
        if (fields.containsKey("frozen")) {
            if (!(fields.get("frozen") instanceof Boolean flag)) {
                throw where.at("frozen").problem("must be true or false");
            }
            frozen = flag;
        }
        ClockAmount advance = null;
        if (fields.containsKey("advance")) {
            try {
                advance = ClockAmount.parse(where.at("advance").text(fields.get("advance")));
            } catch (IllegalArgumentException e) {
                throw where.at("advance").problem(e.getMessage());
            }
            if (advance.isNegative()) {
                throw where.at("advance").problem("must not be negative: the simulated clock only moves forward");
            }
        }
        return new ClockChange(speed, frozen, advance, fields.get("advance"));
    }

    @Override
    public Change absent(ScenarioLocation where) {
        return new ClockChange(1.0, false, null, null);
    }

    private final class ClockChange implements Change {
        private final double speed;
        private final boolean frozen;
        private final ClockAmount advance;
        private final Object advanceText;

        ClockChange(double speed, boolean frozen, ClockAmount advance, Object advanceText) {
            this.speed = speed;
            this.frozen = frozen;
            this.advance = advance;
            this.advanceText = advanceText;
        }

        @Override
        public void save(Connection tx, Occasion occasion) {
            // the clock saves itself when it changes (adopt)
        }

        @Override
        public void adopt(Occasion occasion) {
            clock.change(occasion == Occasion.LOAD ? advance : null, speed, frozen);
        }

        @Override
        public String summary() {
            return "clock: speed " + (speed == Math.rint(speed) ? String.valueOf((long) speed) : String.valueOf(speed))
                    + (frozen ? ", frozen" : ", running") + (advance == null ? "" : ", advanced " + advanceText);
        }
    }
}

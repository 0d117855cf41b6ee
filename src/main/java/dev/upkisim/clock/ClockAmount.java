package dev.upkisim.clock;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;

/**
 * An ISO-8601 duration such as {@code P30D}, {@code P1M}, {@code PT90M} or {@code P1Y2M3DT4H}: the date
 * part is calendar arithmetic (a month is a calendar month), the time part is exact.
 */
public record ClockAmount(Period calendar, Duration time) {

    public static ClockAmount parse(String text) {
        String value = text.trim().toUpperCase(java.util.Locale.ROOT);
        int t = value.indexOf('T');
        String datePart = t < 0 ? value : value.substring(0, t);
        String timePart = t < 0 ? "" : value.substring(t);
        try {
            Period calendar = datePart.equals("P") ? Period.ZERO : Period.parse(datePart);
            Duration time = timePart.isEmpty() ? Duration.ZERO : Duration.parse("P" + timePart);
            if (datePart.equals("P") && timePart.isEmpty()) {
                throw new DateTimeParseException("empty", text, 0);
            }
            return new ClockAmount(calendar, time);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 duration; allowed e.g. P30D, P1M, PT2H, P1DT12H");
        }
    }

    public boolean isNegative() {
        return calendar.isNegative() || time.isNegative();
    }

    /** Back to ISO-8601, e.g. {@code P1DT12H}. */
    @Override
    public String toString() {
        if (time.isZero()) {
            return calendar.toString();
        }
        return calendar.isZero() ? time.toString() : calendar + time.toString().substring(1);
    }
}

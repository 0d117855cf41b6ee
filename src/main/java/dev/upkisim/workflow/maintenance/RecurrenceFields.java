package dev.upkisim.workflow.maintenance;

import dev.upkisim.core.Recurrence;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fields of a recurring window's rule: {@code every} ({@code daily}, {@code {weekday: SATURDAY}} or
 * {@code {nth: 3, weekday: SATURDAY}}) and the local times {@code from} and {@code to} ("09:00").
 */
final class RecurrenceFields {
    private static final String WEEKDAYS = Arrays.stream(DayOfWeek.values()).map(Enum::name).collect(Collectors.joining(", "));

    private RecurrenceFields() {
    }

    static Recurrence.Every every(Object value) {
        if ("daily".equals(value)) {
            return new Recurrence.Daily();
        }
        if (!(value instanceof Map<?, ?> map) || !map.containsKey("weekday")
                || !Set.of("weekday", "nth").containsAll(map.keySet().stream().map(String::valueOf).toList())) {
            throw new IllegalArgumentException("every must be \"daily\", {\"weekday\": \"SATURDAY\"} (weekly) or"
                    + " {\"nth\": 3, \"weekday\": \"SATURDAY\"} (monthly), got " + value);
        }
        DayOfWeek weekday = weekday(map.get("weekday"));
        Object nth = map.get("nth");
        if (nth == null) {
            return new Recurrence.Weekly(weekday);
        }
        if (!(nth instanceof Integer number)) {
            throw new IllegalArgumentException("nth must be a whole number 1 to 5, or -1 for the last, got " + nth);
        }
        return new Recurrence.MonthlyNth(number, weekday);
    }

    /** The field {@link #every} reads back: "daily" or a map. */
    static Object of(Recurrence.Every every) {
        if (every instanceof Recurrence.Weekly weekly) {
            return Map.of("weekday", weekly.weekday().name());
        }
        if (every instanceof Recurrence.MonthlyNth monthly) {
            Map<String, Object> fields = new java.util.LinkedHashMap<>();
            fields.put("nth", monthly.nth());
            fields.put("weekday", monthly.weekday().name());
            return fields;
        }
        return "daily";
    }

    static LocalTime time(String key, Object value) {
        if (value instanceof Integer) {
            throw new IllegalArgumentException(key + " must be a time in quotes such as \"18:00\" (unquoted, YAML reads"
                    + " 18:00 as the number " + value + ")");
        }
        try {
            return LocalTime.parse(String.valueOf(value).trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " '" + value + "' is not a time such as \"09:00\"");
        }
    }

    private static DayOfWeek weekday(Object value) {
        try {
            return DayOfWeek.valueOf(String.valueOf(value).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("weekday '" + value + "' is not one of " + WEEKDAYS);
        }
    }
}

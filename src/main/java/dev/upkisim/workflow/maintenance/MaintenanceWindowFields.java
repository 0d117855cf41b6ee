package dev.upkisim.workflow.maintenance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkisim.core.LocalizedText;
import dev.upkisim.core.MaintenanceTiming;
import dev.upkisim.core.MaintenanceWindow;
import dev.upkisim.core.Recurrence;
import dev.upkisim.core.ServiceFace;
import dev.upkisim.core.TimeSpan;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The one way a maintenance window is written down, in {@code fixtures/maintenance.yaml}, in the body of
 * {@code POST /sim/maintenance} and in the copy kept in {@code sim_control} (SPEC 1.6):
 * <pre>
 * # one-off: start and end (ISO-8601 instants), or start and duration, or only duration (= starting now)
 * {face: upki, start: 2026-12-19T00:00:00Z, end: 2026-12-19T09:00:00Z, title: {ja: …, en: …}}
 * {face: jupki, duration: PT1H}
 * # recurring: every = daily | {weekday: SATURDAY} | {nth: 3, weekday: SATURDAY} (nth -1 = the last one)
 * {face: upki, every: {nth: 3, weekday: SATURDAY}, from: "09:00", to: "18:00", zone: Asia/Tokyo}
 * </pre>
 * {@code id} and {@code title} are optional; {@code zone} defaults to Asia/Tokyo. Anything else is refused with a
 * message that says what to write instead, so a typo never passes silently.
 */
public final class MaintenanceWindowFields {
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Set<String> FIELDS = Set.of("id", "face", "title", "start", "end", "duration", "every", "from",
            "to", "zone");
    private final Map<?, ?> fields;

    private MaintenanceWindowFields(Map<?, ?> fields) {
        this.fields = fields;
    }

    /**
     * @param defaultId the id when the fields give none
     * @param now       the simulated instant a window given only a {@code duration} starts at; {@code null} where
     *                  there is no "now" (the fixtures), which then need a start
     * @throws IllegalArgumentException that says what is wrong and what is allowed
     */
    public static MaintenanceWindow parse(Map<?, ?> fields, String defaultId, MaintenanceWindow.Origin origin, Instant now) {
        for (Object key : fields.keySet()) {
            if (!FIELDS.contains(String.valueOf(key))) {
                throw new IllegalArgumentException("unknown field '" + key + "'; allowed: " + new TreeSet<>(FIELDS));
            }
        }
        return new MaintenanceWindowFields(fields).window(defaultId, origin, now);
    }

    /**
     * A JSON object as the plain maps, lists, strings, numbers and booleans these fields are read from — Jackson's tree
     * turned over by hand: a deserializer, even one for a map, costs ~20 ms to build at start-up.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> plain(JsonNode object) {
        return (Map<String, Object>) plainValue(object);
    }

    private static Object plainValue(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(field -> map.put(field.getKey(), plainValue(field.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(element -> list.add(plainValue(element)));
            return list;
        }
        return node.isNull() ? null : node.isNumber() ? node.numberValue() : node.isBoolean() ? node.booleanValue()
                : node.asText();
    }

    /** The fields that {@link #parse} reads back into the same window (one-off windows as start and end). */
    public static Map<String, Object> of(MaintenanceWindow window) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", window.id());
        fields.put("face", window.face().id());
        if (window.timing() instanceof MaintenanceTiming.Once once) {
            fields.put("start", once.span().start().toString());
            fields.put("end", once.span().end().toString());
        } else if (window.timing() instanceof Recurrence rule) {
            fields.put("every", RecurrenceFields.of(rule.every()));
            fields.put("from", rule.from().toString());
            fields.put("to", rule.to().toString());
            fields.put("zone", rule.zone().getId());
        }
        fields.put("title", Map.of("ja", window.title().ja(), "en", window.title().en()));
        return fields;
    }

    private MaintenanceWindow window(String defaultId, MaintenanceWindow.Origin origin, Instant now) {
        String id = text("id") == null ? defaultId : text("id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id '" + id + "' must be 1 to 40 lower-case letters, digits and '-'");
        }
        String face = text("face");
        if (face == null) {
            throw new IllegalArgumentException("face is missing; give one of " + ServiceFace.allowed());
        }
        ServiceFace serviceFace = ServiceFace.fromId(face);
        boolean oneOff = has("start") || has("end") || has("duration");
        boolean recurring = has("every") || has("from") || has("to") || has("zone");
        if (oneOff == recurring) {
            throw new IllegalArgumentException(oneOff ? "give either start/end/duration (a one-off window) or every/from/to"
                    + " (a recurring one), not both" : "give start and end (or a duration) for a one-off window, or every,"
                    + " from and to for a recurring one, e.g. {\"every\": {\"nth\": 3, \"weekday\": \"SATURDAY\"},"
                    + " \"from\": \"09:00\", \"to\": \"18:00\"}");
        }
        MaintenanceTiming timing = oneOff ? once(now) : recurrence();
        return new MaintenanceWindow(id, serviceFace, timing, title(serviceFace), origin);
    }

    private MaintenanceTiming once(Instant now) {
        if (has("end") == has("duration")) {
            throw new IllegalArgumentException("a one-off window needs exactly one of end and duration");
        }
        Instant start;
        if (has("start")) {
            start = instant("start");
        } else if (now != null && has("duration")) {
            start = now;
        } else {
            throw new IllegalArgumentException("start is missing: an ISO-8601 instant such as 2026-12-19T00:00:00Z");
        }
        Instant end = has("end") ? instant("end") : start.plus(duration());
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end " + end + " must be after start " + start);
        }
        return new MaintenanceTiming.Once(new TimeSpan(start, end));
    }

    private Recurrence recurrence() {
        if (!has("every") || !has("from") || !has("to")) {
            throw new IllegalArgumentException("a recurring window needs every, from and to, e.g. every: {nth: 3,"
                    + " weekday: SATURDAY}, from: \"09:00\", to: \"18:00\"");
        }
        ZoneId zone;
        try {
            zone = has("zone") ? ZoneId.of(text("zone")) : Recurrence.JAPAN;
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("zone '" + text("zone") + "' is not a time zone such as Asia/Tokyo");
        }
        return new Recurrence(RecurrenceFields.every(fields.get("every")), RecurrenceFields.time("from", fields.get("from")),
                RecurrenceFields.time("to", fields.get("to")), zone);
    }

    private LocalizedText title(ServiceFace face) {
        Object title = fields.get("title");
        if (title == null) {
            return MaintenanceWindow.defaultTitle(face);
        }
        if (!(title instanceof Map<?, ?> texts) || !(texts.get("ja") instanceof String ja) || !(texts.get("en") instanceof String en)
                || ja.isBlank() || en.isBlank() || texts.size() != 2) {
            throw new IllegalArgumentException("title must be {\"ja\": \"…\", \"en\": \"…\"} with both texts (or left out)");
        }
        return new LocalizedText(ja, en);
    }

    private Instant instant(String key) {
        Object value = fields.get(key);
        if (value instanceof java.util.Date date) {
            return date.toInstant(); // YAML reads an unquoted timestamp as a date
        }
        try {
            return Instant.parse(String.valueOf(value).trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(key + " '" + value + "' is not an ISO-8601 instant such as 2026-12-19T00:00:00Z");
        }
    }

    private Duration duration() {
        Object value = fields.get("duration");
        try {
            Duration duration = Duration.parse(String.valueOf(value).trim().toUpperCase(java.util.Locale.ROOT));
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("duration must be positive, e.g. PT1H");
            }
            return duration;
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("duration '" + value + "' is not an ISO-8601 duration such as PT1H or P1D");
        }
    }

    private boolean has(String key) {
        return fields.get(key) != null;
    }

    private String text(String key) {
        Object value = fields.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text) || text.isBlank()) {
            throw new IllegalArgumentException(key + " must be a text, got " + value);
        }
        return text.trim();
    }
}

package dev.upkisim.web.sim;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkisim.clock.ClockAmount;
import dev.upkisim.clock.ClockState;
import dev.upkisim.web.WebError;
import java.util.Iterator;
import java.util.Set;

/**
 * {@code POST /sim/clock}: any of {@code {"advance": "P30D", "speed": 60, "frozen": true}}, applied together.
 * Unknown fields and wrong types are refused, so a typo never passes silently as "no change".
 */
record ClockChange(ClockAmount advance, Double speed, Boolean frozen) {
    private static final Set<String> FIELDS = Set.of("advance", "speed", "frozen");

    static ClockChange parse(JsonNode body) {
        if (body == null || !body.isObject() || body.isEmpty()) {
            throw WebError.badRequest("send a JSON object with any of: advance (ISO-8601 duration such as \"P30D\"),"
                    + " speed (number above 0), frozen (true or false)");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw WebError.badRequest("unknown field '" + name + "'; allowed: advance, speed, frozen");
            }
        }
        return new ClockChange(advance(body.get("advance")), speed(body.get("speed")), frozen(body.get("frozen")));
    }

    private static ClockAmount advance(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            throw WebError.badRequest("advance must be an ISO-8601 duration string such as \"P30D\" or \"PT2H\"");
        }
        try {
            ClockAmount amount = ClockAmount.parse(node.asText());
            if (amount.isNegative()) {
                throw WebError.badRequest("advance must not be negative: the simulated clock only moves forward");
            }
            return amount;
        } catch (IllegalArgumentException e) {
            throw WebError.badRequest("advance: " + e.getMessage());
        }
    }

    private static Double speed(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (!node.isNumber() || !(node.asDouble() > 0) || node.asDouble() > ClockState.MAX_SPEED) {
            throw WebError.badRequest("speed must be a number above 0 and at most " + (long) ClockState.MAX_SPEED
                    + " (1 = real time, 60 = a minute per second)");
        }
        return node.asDouble();
    }

    private static Boolean frozen(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (!node.isBoolean()) {
            throw WebError.badRequest("frozen must be true or false");
        }
        return node.asBoolean();
    }

    /** In words, for the timeline: "advanced by P30D, speed set to 60". */
    String describe() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (advance != null) {
            parts.add("advanced by " + advance);
        }
        if (speed != null) {
            parts.add("speed set to " + speed);
        }
        if (frozen != null) {
            parts.add(frozen ? "frozen" : "unfrozen");
        }
        return parts.isEmpty() ? "read" : String.join(", ", parts);
    }
}

package dev.upkisim.workflow.faults;

import com.fasterxml.jackson.databind.JsonNode;

/** Small, strict readers of rule fields: a wrong type is an {@link InvalidFaultRule} naming the field. */
final class Json {
    private Json() {
    }

    /** A non-blank string, or {@code null} when the field is absent. */
    static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new InvalidFaultRule(where + "." + field + " must be a non-empty string");
        }
        return value.asText().trim();
    }

    /** A whole number in [min, max]; required. */
    static int integer(JsonNode node, String field, String where, int min, int max) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()
                || value.asInt() < min || value.asInt() > max) {
            throw new InvalidFaultRule(where + "." + field + " must be a whole number from " + min + " to " + max
                    + (value == null ? " (missing)" : "; got " + value));
        }
        return value.asInt();
    }

    /** The {@code type} field of a trigger or action. */
    static String type(JsonNode node, String where, String types) {
        if (node == null || !node.isObject()) {
            throw new InvalidFaultRule(where + " must be an object with a type (" + types + ")");
        }
        String type = text(node, "type", where);
        if (type == null) {
            throw new InvalidFaultRule(where + ".type is missing; use one of " + types);
        }
        return type;
    }
}

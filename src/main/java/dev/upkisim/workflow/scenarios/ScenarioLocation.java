package dev.upkisim.workflow.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a scenario section is being read — the scenario, its file and the dotted key — with the checks every section
 * needs, each failing with an {@link InvalidScenarioException} that names the place (a typo must not pass silently).
 *
 * @param scenario the scenario's name ({@code double-click})
 * @param file     the file, as shown to people
 * @param key      the dotted key within the file; empty for the top level
 */
public record ScenarioLocation(String scenario, String file, String key) {

    public ScenarioLocation at(String child) {
        return new ScenarioLocation(scenario, file, key.isEmpty() ? child : key + "." + child);
    }

    /** Entry {@code index} (from 0) of a list, e.g. {@code faults[1]}. */
    public ScenarioLocation item(int index) {
        return new ScenarioLocation(scenario, file, key + "[" + index + "]");
    }

    /** The value as a list of maps, each a {@code what}; an empty list is allowed. */
    public List<Map<?, ?>> listOfMaps(Object value, String what) {
        if (!(value instanceof List<?> list)) {
            throw problem("must be a list of " + what + "s (- {…} per entry), or [] for none");
        }
        List<Map<?, ?>> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> entry)) {
                throw item(i).problem("must be a " + what + " written as a map");
            }
            entries.add(entry);
        }
        return entries;
    }

    public InvalidScenarioException problem(String message) {
        return new InvalidScenarioException(file, key, message);
    }

    /** The value as a map whose keys are all in {@code allowed}. */
    public Map<String, Object> map(Object value, Set<String> allowed) {
        if (!(value instanceof Map<?, ?> map)) {
            throw problem("must be a map with any of: " + String.join(", ", new TreeSet<>(allowed)));
        }
        Map<String, Object> entries = new LinkedHashMap<>();
        map.forEach((name, entry) -> {
            String text = String.valueOf(name);
            if (!allowed.contains(text)) {
                throw at(text).problem("unknown key; allowed: " + String.join(", ", new TreeSet<>(allowed)));
            }
            entries.put(text, entry);
        });
        return entries;
    }

    /** A non-empty text (numbers and booleans written without quotes count as their text). */
    public String text(Object value) {
        if (value == null || value instanceof Map || value instanceof List || value.toString().isBlank()) {
            throw problem("must be a text");
        }
        return value.toString().trim();
    }
}

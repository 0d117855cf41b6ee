package dev.upkisim.workflow.scenarios;

import java.util.List;

/** No scenario file has this name; the message lists the ones there are and where they were looked for. */
public final class UnknownScenarioException extends RuntimeException {
    private final String name;
    private final List<String> available;

    public UnknownScenarioException(String name, List<String> available, String where) {
        super("unknown scenario '" + name + "'; available: " + String.join(", ", available) + " (from " + where + ")");
        this.name = name;
        this.available = List.copyOf(available);
    }

    public String name() {
        return name;
    }

    public List<String> available() {
        return available;
    }
}

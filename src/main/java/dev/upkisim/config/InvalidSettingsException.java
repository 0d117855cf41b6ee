package dev.upkisim.config;

import java.util.List;

/** Start-up refused: each problem names the setting, where its value came from, and what is allowed. */
public final class InvalidSettingsException extends Exception {
    private final List<String> problems;

    public InvalidSettingsException(List<String> problems) {
        super("invalid settings:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

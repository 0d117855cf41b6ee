package dev.upkisim.workflow.scenarios;

/**
 * A scenario file cannot be used; the message names the file, the key inside it (dotted, e.g. {@code delays.niiToCa})
 * and what is allowed there.
 */
public final class InvalidScenarioException extends RuntimeException {
    private final String file;
    private final String key;

    public InvalidScenarioException(String file, String key, String problem) {
        super("scenario file " + file + (key.isEmpty() ? "" : ", key " + key) + ": " + problem);
        this.file = file;
        this.key = key;
    }

    public String file() {
        return file;
    }

    /** The dotted key the problem is at; empty for the file as a whole. */
    public String key() {
        return key;
    }
}

package dev.upkisim.config;

import java.util.function.Function;

/**
 * One named, documented knob (DESIGN style rule 5). Its key is the YAML key ({@code httpPort},
 * {@code sim.token}); the environment variable and the flag are derived from it, so the four
 * sources can never disagree on a name.
 *
 * @param key          the YAML key, dotted for nesting
 * @param defaultValue the built-in default as text, or {@code null} when the default is computed at start
 * @param paramLabel   how the value is shown in help ({@code PORT}, {@code DIR}); empty for switches
 * @param description  one line for help, the start-up summary and the README
 * @param parser       turns the text into a typed value or throws {@link IllegalArgumentException}
 *                     whose message says what is allowed
 */
public record Setting<T>(String key, String defaultValue, String paramLabel, String description,
                         Function<String, T> parser) {

    /** {@code httpPort} → {@code UPKISIM_HTTP_PORT}; {@code sim.token} → {@code UPKISIM_SIM_TOKEN}. */
    public String environmentVariable() {
        return "UPKISIM_" + words("_").toUpperCase(java.util.Locale.ROOT);
    }

    /** {@code httpPort} → {@code --http-port}; {@code sim.token} → {@code --sim-token}. */
    public String flag() {
        return "--" + words("-").toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isSwitch() {
        return paramLabel.isEmpty();
    }

    private String words(String separator) {
        return key.replace(".", separator).replaceAll("([a-z0-9])([A-Z])", "$1" + separator + "$2");
    }
}

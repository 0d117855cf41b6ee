package dev.upkisim.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The effective settings of one run, validated, read by their catalogue entry:
 * {@code settings.get(SettingsCatalog.HTTP_PORT)}. Built by {@link SettingsLoader}; tests start from
 * {@link #forTests} and change what they need with {@link #with}.
 *
 * @param values  setting key → parsed value; settings without a value (no default, not given) are absent
 * @param origins setting key → where its value came from ("default", "flag --http-port", …)
 */
public record Settings(Map<String, Object> values, Map<String, String> origins) {

    public Settings {
        values = Map.copyOf(values);
        origins = Map.copyOf(origins);
    }

    /** Every setting at its built-in default. */
    public static Settings defaults() {
        Map<String, Object> values = new HashMap<>();
        for (Setting<?> setting : SettingsCatalog.ALL) {
            if (setting.defaultValue() != null) {
                values.put(setting.key(), setting.parser().apply(setting.defaultValue()));
            }
        }
        return new Settings(values, Map.of());
    }

    /**
     * Defaults, but any free ports, the given data directory, no processing delays, and no maintenance from the
     * fixtures' calendar (a test must not fail because it runs on a 3rd Saturday).
     */
    public static Settings forTests(java.nio.file.Path data) {
        return defaults().with(SettingsCatalog.DATA, data).with(SettingsCatalog.HTTP_PORT, 0)
                .with(SettingsCatalog.HTTPS_PORT, 0).with(SettingsCatalog.RELYING_PARTY_PORT, 0)
                .with(SettingsCatalog.INSTANT, true).with(SettingsCatalog.MAINTENANCE_FIXTURE_WINDOWS, false);
    }

    /** The value, or {@code null} for a setting without default that was not given. */
    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> setting) {
        return (T) values.get(setting.key());
    }

    public <T> Optional<T> optional(Setting<T> setting) {
        return Optional.ofNullable(get(setting));
    }

    public <T> Settings with(Setting<T> setting, T value) {
        Map<String, Object> changed = new HashMap<>(values);
        changed.put(setting.key(), value);
        Map<String, String> changedOrigins = new HashMap<>(origins);
        changedOrigins.put(setting.key(), "set by the caller");
        return new Settings(changed, changedOrigins);
    }

    public String origin(Setting<?> setting) {
        return origins.getOrDefault(setting.key(), "default");
    }
}

package dev.upkisim.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the settings in the order of the foundation issue: built-in defaults &lt; YAML file
 * ({@code --config}) &lt; environment ({@code UPKISIM_…}) &lt; flags. Unknown keys and bad values are
 * refused up front, all at once, like HikariCP's fail-fast configuration check.
 */
public final class SettingsLoader {
    private record Raw(String text, String origin) {
    }

    private final Map<String, Raw> raw = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private SettingsLoader() {
    }

    /**
     * @param flags       setting key → text given on the command line
     * @param environment the process environment (only {@code UPKISIM_…} variables are read)
     */
    public static Settings load(Map<String, String> flags, Map<String, String> environment)
            throws InvalidSettingsException {
        SettingsLoader loader = new SettingsLoader();
        for (Setting<?> setting : SettingsCatalog.ALL) {
            if (setting.defaultValue() != null) {
                loader.raw.put(setting.key(), new Raw(setting.defaultValue(), "default"));
            }
        }
        Raw configFile = Optional.ofNullable(flags.get(SettingsCatalog.CONFIG.key()))
                .map(text -> new Raw(text, "flag " + SettingsCatalog.CONFIG.flag()))
                .orElseGet(() -> Optional.ofNullable(environment.get(SettingsCatalog.CONFIG.environmentVariable()))
                        .map(text -> new Raw(text, "environment " + SettingsCatalog.CONFIG.environmentVariable()))
                        .orElse(null));
        if (configFile != null) {
            loader.readYaml(configFile);
        }
        loader.readEnvironment(environment);
        flags.forEach((key, text) -> loader.raw.put(key,
                new Raw(text, "flag " + SettingsCatalog.byKey(key).orElseThrow().flag())));
        return loader.build();
    }

    private void readYaml(Raw file) {
        Path path = Path.of(file.text());
        try {
            Object root = new Yaml(new LoaderOptions()).load(Files.readString(path));
            if (root == null) {
                return;
            }
            if (!(root instanceof Map<?, ?>)) {
                problems.add("config = \"" + path + "\" (" + file.origin() + "): the file must be a YAML map of settings");
                return;
            }
            Map<String, String> flat = new LinkedHashMap<>();
            flatten("", root, flat);
            flat.forEach((key, text) -> {
                if (SettingsCatalog.byKey(key).isEmpty() || key.equals(SettingsCatalog.CONFIG.key())) {
                    problems.add(key + " (config file " + path + "): unknown setting; known: " + knownKeys());
                } else if (key.equals(SettingsCatalog.CDS.key())) {
                    problems.add(key + " (config file " + path + "): the launcher reads it before any file; give it as "
                            + SettingsCatalog.CDS.flag() + " or " + SettingsCatalog.CDS.environmentVariable());
                } else {
                    raw.put(key, new Raw(text, "config file " + path));
                }
            });
        } catch (IOException | YAMLException e) {
            problems.add("config = \"" + path + "\" (" + file.origin() + "): cannot read it as YAML: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    private static void flatten(String prefix, Object node, Map<String, String> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, value, into));
        } else if (node instanceof List<?> list) {
            into.put(prefix, list.stream().map(String::valueOf).collect(Collectors.joining(",")));
        } else {
            into.put(prefix, node == null ? "" : node.toString());
        }
    }

    private void readEnvironment(Map<String, String> environment) {
        environment.forEach((name, text) -> {
            if (!name.startsWith("UPKISIM_") || name.equals(SettingsCatalog.CONFIG.environmentVariable())) {
                return;
            }
            Optional<Setting<?>> setting = SettingsCatalog.byEnvironmentVariable(name);
            if (setting.isEmpty()) {
                problems.add(name + " (environment): unknown setting; known: " + SettingsCatalog.ALL.stream()
                        .map(Setting::environmentVariable).collect(Collectors.joining(", ")));
            } else {
                raw.put(setting.get().key(), new Raw(text, "environment " + name));
            }
        });
    }

    private Settings build() throws InvalidSettingsException {
        Map<String, Object> values = new HashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        raw.forEach((key, value) -> {
            Setting<?> setting = SettingsCatalog.byKey(key).orElseThrow();
            origins.put(key, value.origin());
            try {
                values.put(key, setting.parser().apply(value.text()));
            } catch (IllegalArgumentException e) {
                problems.add(key + " = \"" + value.text() + "\" (" + value.origin() + "): " + e.getMessage());
            }
        });
        Integer http = (Integer) values.get(SettingsCatalog.HTTP_PORT.key());
        Integer https = (Integer) values.get(SettingsCatalog.HTTPS_PORT.key());
        if (http != null && http != 0 && http.equals(https)) {
            problems.add("httpPort and httpsPort are both " + http + "; allowed: two different ports, or 0 for any free port");
        }
        Integer relyingParty = (Integer) values.get(SettingsCatalog.RELYING_PARTY_PORT.key());
        if (relyingParty != null && relyingParty != 0 && (relyingParty.equals(http) || relyingParty.equals(https))) {
            problems.add("relyingPartyPort " + relyingParty + " is already httpPort or httpsPort; allowed: a port of its own, or 0");
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return new Settings(values, origins);
    }

    private static String knownKeys() {
        return SettingsCatalog.ALL.stream().map(Setting::key)
                .filter(key -> !key.equals(SettingsCatalog.CONFIG.key())).collect(Collectors.joining(", "));
    }
}

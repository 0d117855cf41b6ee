package dev.upkisim.cli;

import dev.upkisim.config.Setting;
import dev.upkisim.config.SettingsCatalog;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code serve} flags of a plainly well-formed command line, read without picocli: picocli's some 300 classes
 * cost ~0.2 s of every start on the project's 2-core machine (issue 2's start-up targets), and most command lines
 * are a few {@code --flag value} pairs. Plain means: each token a flag of {@link SettingsCatalog}, given once, as
 * {@code --flag value}, {@code --flag=value} or, for a switch, a bare {@code --flag} (= {@code true}), with no value
 * that could be read otherwise (one that starts with {@code -} or {@code @}, or is empty). Anything else — help,
 * version, an unknown, repeated or incomplete flag, {@code --}, a switch followed by a value, an {@code @file} —
 * gives empty, and {@link ServeOptions}' picocli command parses it, and explains what is wrong, as before.
 */
public final class PlainFlags {
    private PlainFlags() {
    }

    /** Setting key → text, as {@link ServeOptions#given} would give it; empty when picocli must decide. */
    public static Optional<Map<String, String>> parse(String[] args) {
        Map<String, Setting<?>> byFlag = new HashMap<>();
        SettingsCatalog.ALL.forEach(setting -> byFlag.put(setting.flag(), setting));
        Map<String, String> flags = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String token = args[i];
            int equals = token.indexOf('=');
            String name = equals < 0 ? token : token.substring(0, equals);
            Setting<?> setting = byFlag.get(name);
            if (setting == null || flags.containsKey(setting.key())) {
                return Optional.empty();
            }
            String value;
            if (equals >= 0) {
                value = token.substring(equals + 1);
            } else if (setting.isSwitch()) {
                if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    return Optional.empty(); // "--ephemeral false": picocli's optional-value rules decide
                }
                value = "true";
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
                return Optional.empty();
            }
            flags.put(setting.key(), value);
        }
        return Optional.of(flags);
    }
}

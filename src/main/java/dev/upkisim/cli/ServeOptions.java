package dev.upkisim.cli;

import dev.upkisim.config.Setting;
import dev.upkisim.config.SettingsCatalog;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The {@code serve} command's flags, made from {@link SettingsCatalog} so that every setting has exactly one
 * flag, named after its key, with the catalogue's description in {@code --help}.
 */
public final class ServeOptions {
    private ServeOptions() {
    }

    public static CommandLine commandLine() {
        CommandSpec spec = CommandSpec.create().name("upki-sim serve").mixinStandardHelpOptions(true)
                .version("upki-sim " + Version.current());
        spec.usageMessage().description("Serve the UPKI simulator: J-UPKI portal, NII issuance system, CA repository,"
                + " and the /sim/ control API. Settings: defaults < --config FILE < UPKISIM_… environment < flags.");
        spec.usageMessage().footer("%nOther commands:%n  upki-sim tsv check FILE   check an RA's TSV file offline as the"
                + " NII issuance system would (tsv check --help)");
        for (Setting<?> setting : SettingsCatalog.ALL) {
            String description = setting.description() + " [" + setting.environmentVariable()
                    + (setting.defaultValue() == null ? "" : "; default " + setting.defaultValue()) + "]";
            OptionSpec.Builder option = OptionSpec.builder(setting.flag()).type(String.class).description(description);
            if (setting.isSwitch()) {
                option.arity("0..1").paramLabel("true|false").fallbackValue("true");
            } else {
                option.arity("1").paramLabel(setting.paramLabel());
            }
            spec.addOption(option.build());
        }
        return new CommandLine(spec);
    }

    /** Setting key → the text given on the command line, for the flags that were given. */
    public static Map<String, String> given(ParseResult result) {
        Map<String, String> flags = new LinkedHashMap<>();
        for (Setting<?> setting : SettingsCatalog.ALL) {
            if (result.hasMatchedOption(setting.flag())) {
                flags.put(setting.key(), result.matchedOptionValue(setting.flag(), ""));
            }
        }
        return flags;
    }
}

package dev.upkisim.cli;

import dev.upkisim.Simulator;
import dev.upkisim.ca.Fingerprints;
import dev.upkisim.config.Setting;
import dev.upkisim.config.Settings;
import dev.upkisim.config.SettingsCatalog;
import dev.upkisim.launch.Launcher;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;

/**
 * What {@code serve} prints (foundation issue, items 4 and 7): a short summary of the effective settings
 * and where each came from, then one line when ready, with the URLs and the control token.
 */
public final class StartupReport {
    private StartupReport() {
    }

    public static void summary(PrintStream out, Settings settings, Simulator simulator) {
        out.println("upki-sim " + Version.current() + " — a simulator of the UPKI certificate service, not a production CA");
        Map<String, String> values = new java.util.HashMap<>();
        values.put(SettingsCatalog.DATA.key(), simulator.dataDirectory().toAbsolutePath()
                + (simulator.ephemeral() ? " (temporary, removed at exit)" : ""));
        values.put(SettingsCatalog.FIXTURES.key(), simulator.fixtures().source());
        values.put(SettingsCatalog.HTTP_PORT.key(), String.valueOf(simulator.httpPort()));
        values.put(SettingsCatalog.HTTPS_PORT.key(), String.valueOf(simulator.httpsPort()));
        values.put(SettingsCatalog.RELYING_PARTY_PORT.key(), String.valueOf(simulator.relyingPartyPort()));
        values.put(SettingsCatalog.BIND.key(), settings.get(SettingsCatalog.BIND).getHostAddress());
        values.put(SettingsCatalog.PUBLIC_URL.key(), simulator.publicUrl().toString());
        values.put(SettingsCatalog.HOSTNAMES.key(), String.join(",", settings.get(SettingsCatalog.HOSTNAMES)));
        values.put(SettingsCatalog.SIM_TOKEN.key(),
                settings.optional(SettingsCatalog.SIM_TOKEN).isPresent() ? "(set)" : "(generated; see the ready line)");
        values.put(SettingsCatalog.INSTANT.key(), String.valueOf(settings.get(SettingsCatalog.INSTANT)));
        values.put(SettingsCatalog.SCENARIO.key(), simulator.scenario());
        values.put(SettingsCatalog.CDS.key(), settings.get(SettingsCatalog.CDS) + " (" + Launcher.howServed() + ")");
        simulator.delays().stages().forEach((stage, delay) -> values.put("delays." + stage.key(),
                delay.distribution().text() + (simulator.delays().zeroedByInstant(stage) ? " (zero: instant)" : "")
                        + " (" + delay.source() + ")"));
        simulator.quirks().modes().forEach((quirk, mode) -> values.put("quirks." + quirk.id(), mode.id()));
        values.put(SettingsCatalog.MAINTENANCE_FIXTURE_WINDOWS.key(), settings.get(SettingsCatalog.MAINTENANCE_FIXTURE_WINDOWS)
                + " (" + simulator.fixtures().maintenance().size() + " windows in maintenance.yaml)");

        for (Setting<?> setting : SettingsCatalog.ALL) {
            String value = values.get(setting.key());
            if (value != null) {
                out.printf("  %-10s %s  [%s]%n", setting.key(), value, settings.origin(setting));
            }
        }
        var root = simulator.hierarchy().root().certificate();
        out.println("  root CA    " + root.getSubjectX500Principal().getName());
        out.println("  root SHA-1 " + Fingerprints.sha1(root));
        for (String notice : simulator.notices()) {
            out.println("  note: " + notice);
        }
    }

    public static void ready(PrintStream out, Simulator simulator, Duration startup) {
        out.println("upki-sim ready in " + startup.toMillis() + " ms: http://localhost:" + simulator.httpPort()
                + "/ https://localhost:" + simulator.httpsPort() + "/ control token " + simulator.token());
        out.flush();
    }
}

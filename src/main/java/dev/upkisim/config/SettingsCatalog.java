package dev.upkisim.config;

import dev.upkisim.core.DelayDistribution;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every setting upki-sim knows, with its default and meaning. The README's settings table mirrors this list. */
public final class SettingsCatalog {
    public static final Setting<Path> CONFIG = new Setting<>("config", null, "FILE",
            "YAML file of settings (keys as in this list; nested maps or dotted keys)", SettingValues::path);
    public static final Setting<Path> DATA = new Setting<>("data", "./data", "DIR",
            "data directory: SQLite database with the CA hierarchy, applications and mail", SettingValues::path);
    public static final Setting<Boolean> EPHEMERAL = new Setting<>("ephemeral", "false", "",
            "use a temporary data directory, removed at exit (overrides data)", SettingValues::bool);
    public static final Setting<Integer> HTTP_PORT = new Setting<>("httpPort", "8080", "PORT",
            "HTTP port (0 = any free port; the ready line shows the real one)", SettingValues::port);
    public static final Setting<Integer> HTTPS_PORT = new Setting<>("httpsPort", "8443", "PORT",
            "HTTPS port (0 = any free port; the ready line shows the real one)", SettingValues::port);
    public static final Setting<Integer> RELYING_PARTY_PORT = new Setting<>("relyingPartyPort", "8444", "PORT",
            "HTTPS port of the relying-party check, which demands a client certificate (0 = any free port)",
            SettingValues::port);
    public static final Setting<InetAddress> BIND = new Setting<>("bind", "127.0.0.1", "ADDRESS",
            "address both listeners bind to (0.0.0.0 for all interfaces)", SettingValues::bindAddress);
    public static final Setting<URI> PUBLIC_URL = new Setting<>("publicUrl", null, "URL",
            "base URL put into certificates (CRL, OCSP, CA issuers) and mails; default http://localhost:<http port>",
            SettingValues::baseUrl);
    public static final Setting<List<String>> HOSTNAMES = new Setting<>("hostnames", "localhost,127.0.0.1", "NAMES",
            "comma-separated DNS names and IP addresses of the HTTPS certificate", SettingValues::hostnames);
    public static final Setting<Path> FIXTURES = new Setting<>("fixtures", null, "DIR",
            "fixtures directory; default ./fixtures if present, else the built-in fixtures", SettingValues::existingDirectory);
    public static final Setting<Boolean> INSTANT = new Setting<>("instant", "false", "",
            "make every simulated processing delay zero (for CI)", SettingValues::bool);
    public static final Setting<String> CDS = new Setting<>("cds", "auto", "auto|off",
            "auto: serve from a second JVM that starts from a class archive in the user's cache (warm starts about twice"
                    + " as fast); off: serve in the JVM you started. Flag or environment only: read before any file",
            text -> SettingValues.oneOf(text, "auto", "off"));
    public static final Setting<Long> SEED = new Setting<>("seed", "20260304", "NUMBER",
            "seed of every simulated random draw (delays, faults): the same seed gives the same run", SettingValues::seed);
    public static final Setting<String> P12_FORMAT = new Setting<>("p12Format", "legacy", "legacy|modern",
            "P12 encryption: legacy = 3DES + SHA-1 MAC (what iOS needs), modern = AES-256 + SHA-256",
            text -> SettingValues.oneOf(text, "legacy", "modern"));
    public static final Setting<String> SCENARIO = new Setting<>("scenario", null, "NAME",
            "scenario applied at start (realistic, instant, double-click, maintenance-now, slow-day, or fixtures/scenarios/"
                    + "NAME.yaml); default: the one last chosen in this data directory, else realistic",
            SettingValues::scenarioName);
    public static final Setting<String> QUIRK_DOUBLE_SUBMIT = new Setting<>("quirks.doubleSubmit", null,
            "faithful|fixed", "the 「発行」 double-click failure: faithful reproduces it, fixed shows the first result"
                    + " again; default: the scenario's (faithful)", text -> SettingValues.oneOf(text, "faithful", "fixed"));
    public static final Setting<String> QUIRK_PIN_BEFORE_CERTIFICATE = new Setting<>("quirks.pinBeforeCertificate", null,
            "faithful|fixed", "faithful: the certificate URL works only after the admin fetched the PIN; fixed: at once;"
                    + " default: the scenario's (faithful)", text -> SettingValues.oneOf(text, "faithful", "fixed"));
    public static final Setting<String> QUIRK_CERTIFICATE_URL_USED_AT_STEP1 = new Setting<>(
            "quirks.certificateUrlUsedAtStep1", null, "faithful|fixed", "faithful: the certificate URL is used up at"
            + " 【STEP1】; fixed: it stays usable until the P12 is downloaded; default: the scenario's (faithful)",
            text -> SettingValues.oneOf(text, "faithful", "fixed"));
    public static final Setting<String> MAIL_FROM = new Setting<>("mail.from",
            "CAサポートセンター <ca-support@ml.secom-sts.co.jp>", "ADDRESS",
            "sender of the NII side's notification mails (display name and address)", SettingValues::mailbox);
    public static final Setting<String> SMTP_HOST = new Setting<>("mail.smtp.host", null, "HOST",
            "also deliver every mail to this SMTP server (the outbox keeps a copy regardless)", SettingValues::text);
    public static final Setting<Integer> SMTP_PORT = new Setting<>("mail.smtp.port", "25", "PORT",
            "port of the SMTP server", SettingValues::port);
    public static final Setting<URI> WEBHOOK_URL = new Setting<>("mail.webhook.url", null, "URL",
            "also POST every raw mail, base64-encoded, to this URL", SettingValues::baseUrl);
    public static final Setting<String> WEBHOOK_USER = new Setting<>("mail.webhook.user", null, "USER",
            "HTTP Basic user name for the mail webhook", SettingValues::text);
    public static final Setting<String> WEBHOOK_PASSWORD = new Setting<>("mail.webhook.password", null, "PASSWORD",
            "HTTP Basic password for the mail webhook", SettingValues::text);
    public static final Setting<DelayDistribution> DELAY_NII_TO_CA = new Setting<>("delays.niiToCa", null, "DELAY",
            "time from an accepted issue row to its PIN mail, e.g. \"lognormal PT10M PT70M\" (median, p95), \"uniform"
                    + " PT1M PT10M\", \"fixed PT5M\"; applies even with --instant; default: the scenario's",
            text -> SettingValues.delay(text, DelayDistribution.PROCESSING_LIMIT));
    public static final Setting<DelayDistribution> DELAY_REVOCATION = new Setting<>("delays.revocation", null, "DELAY",
            "time from an accepted revocation row to the revocation (as delays.niiToCa); default: the scenario's",
            text -> SettingValues.delay(text, DelayDistribution.PROCESSING_LIMIT));
    public static final Setting<DelayDistribution> DELAY_ISSUE_BUTTON = new Setting<>("delays.issueButton", null, "DELAY",
            "how long the 「発行」 request takes, e.g. PT2S or \"uniform PT1S PT30S\" (at most PT5M); applies even with"
                    + " --instant; default: the scenario's", text -> SettingValues.delay(text, DelayDistribution.REQUEST_LIMIT));
    public static final Setting<DelayDistribution> DELAY_JUPKI_TO_NII = new Setting<>("delays.jupkiToNii", null, "DELAY",
            "time from a member's request in the J-UPKI portal until the NII side receives it (delays.niiToCa or"
                    + " delays.revocation follows; the RA's own upload skips it), as delays.niiToCa; default: the"
                    + " scenario's", text -> SettingValues.delay(text, DelayDistribution.PROCESSING_LIMIT));
    public static final Setting<DelayDistribution> DELAY_MAIL = new Setting<>("delays.mail", null, "DELAY",
            "time from a mail in the outbox (there at once) until it is handed to the SMTP server and webhook, as"
                    + " delays.niiToCa; default: the scenario's",
            text -> SettingValues.delay(text, DelayDistribution.PROCESSING_LIMIT));
    public static final Setting<Boolean> PORTAL_CAMPUS_ONLY = new Setting<>("portal.campusOnly", "false", "",
            "serve the J-UPKI portal only to the institution's campus networks (fixture campusCidrs)", SettingValues::bool);
    public static final Setting<java.time.Duration> CRL_VALIDITY = new Setting<>("crl.validity", "P1D", "DURATION",
            "how long each CRL is valid (nextUpdate - thisUpdate, simulated time; ISO-8601, PT1M to P366D); a new one"
                    + " is published halfway and on every revocation", SettingValues::crlValidity);
    public static final Setting<Boolean> MAINTENANCE_FIXTURE_WINDOWS = new Setting<>("maintenance.fixtureWindows", "true", "",
            "apply the fixtures' maintenance calendar (maintenance.yaml); false keeps only windows added through"
                    + " /sim/maintenance (tests, and CI runs that must not depend on the date)", SettingValues::bool);
    public static final Setting<java.time.Duration> MAINTENANCE_HORIZON = new Setting<>("maintenance.horizon", "P90D",
            "DURATION", "how far ahead the portal's 「障害・メンテナンス」 box announces coming maintenance (ISO-8601, P1D"
                    + " to P731D)", SettingValues::maintenanceHorizon);
    public static final Setting<String> SIM_TOKEN = new Setting<>("sim.token", null, "TOKEN",
            "bearer token of the /sim/ control API; default: generated at each start and printed", SettingValues::token);

    /** In the order the help, the summary and the README list them. */
    public static final List<Setting<?>> ALL = List.of(CONFIG, DATA, EPHEMERAL, HTTP_PORT, HTTPS_PORT, RELYING_PARTY_PORT, BIND,
            PUBLIC_URL, HOSTNAMES, FIXTURES, INSTANT, CDS, SEED, SCENARIO, P12_FORMAT, QUIRK_DOUBLE_SUBMIT,
            QUIRK_PIN_BEFORE_CERTIFICATE, QUIRK_CERTIFICATE_URL_USED_AT_STEP1, MAIL_FROM, SMTP_HOST, SMTP_PORT, WEBHOOK_URL,
            WEBHOOK_USER, WEBHOOK_PASSWORD, DELAY_JUPKI_TO_NII, DELAY_NII_TO_CA, DELAY_REVOCATION, DELAY_ISSUE_BUTTON,
            DELAY_MAIL, PORTAL_CAMPUS_ONLY,
            CRL_VALIDITY, MAINTENANCE_FIXTURE_WINDOWS, MAINTENANCE_HORIZON, SIM_TOKEN);

    private SettingsCatalog() {
    }

    public static Optional<Setting<?>> byKey(String key) {
        return ALL.stream().filter(setting -> setting.key().equals(key)).findFirst();
    }

    public static Optional<Setting<?>> byEnvironmentVariable(String name) {
        return ALL.stream().filter(setting -> setting.environmentVariable().equals(name)).findFirst();
    }
}

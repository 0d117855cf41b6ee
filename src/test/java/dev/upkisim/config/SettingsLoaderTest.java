package dev.upkisim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsLoaderTest {
    @TempDir
    Path directory;

    @Test
    void theBuiltInDefaultsServeOnLoopbackWithPorts8080And8443() throws Exception {
        Settings settings = SettingsLoader.load(Map.of(), Map.of());
        assertEquals(Path.of("./data"), settings.get(SettingsCatalog.DATA));
        assertEquals(8080, settings.get(SettingsCatalog.HTTP_PORT));
        assertEquals(8443, settings.get(SettingsCatalog.HTTPS_PORT));
        assertEquals("127.0.0.1", settings.get(SettingsCatalog.BIND).getHostAddress());
        assertEquals(List.of("localhost", "127.0.0.1"), settings.get(SettingsCatalog.HOSTNAMES));
        assertFalse(settings.get(SettingsCatalog.INSTANT));
        assertFalse(settings.get(SettingsCatalog.EPHEMERAL));
        assertEquals(Optional.empty(), settings.optional(SettingsCatalog.SIM_TOKEN));
        assertEquals("default", settings.origin(SettingsCatalog.HTTP_PORT));
    }

    @Test
    void aConfigFileOverridesDefaultsTheEnvironmentOverridesItAndFlagsOverrideAll() throws Exception {
        Path config = directory.resolve("upki-sim.yaml");
        Files.writeString(config, """
                httpPort: 9001
                httpsPort: 9002
                bind: 0.0.0.0
                hostnames: [localhost, sim.example.ac.jp]
                sim:
                  token: from-the-config-file-0001
                """);
        Settings settings = SettingsLoader.load(
                Map.of("config", config.toString(), "httpPort", "9100"),
                Map.of("UPKISIM_HTTP_PORT", "9200", "UPKISIM_HTTPS_PORT", "9201", "PATH", "/usr/bin"));
        assertEquals(9100, settings.get(SettingsCatalog.HTTP_PORT));
        assertEquals("flag --http-port", settings.origin(SettingsCatalog.HTTP_PORT));
        assertEquals(9201, settings.get(SettingsCatalog.HTTPS_PORT));
        assertEquals("environment UPKISIM_HTTPS_PORT", settings.origin(SettingsCatalog.HTTPS_PORT));
        assertEquals("0.0.0.0", settings.get(SettingsCatalog.BIND).getHostAddress());
        assertEquals("config file " + config, settings.origin(SettingsCatalog.BIND));
        assertEquals(List.of("localhost", "sim.example.ac.jp"), settings.get(SettingsCatalog.HOSTNAMES));
        assertEquals(Optional.of("from-the-config-file-0001"), settings.optional(SettingsCatalog.SIM_TOKEN));
    }

    @Test
    void theConfigFileCanBeNamedInTheEnvironmentAndKeysMayBeDotted() throws Exception {
        Path config = directory.resolve("c.yaml");
        Files.writeString(config, "sim.token: dotted-key-token-000001\ninstant: true\n");
        Settings settings = SettingsLoader.load(Map.of(), Map.of("UPKISIM_CONFIG", config.toString()));
        assertEquals(Optional.of("dotted-key-token-000001"), settings.optional(SettingsCatalog.SIM_TOKEN));
        assertTrue(settings.get(SettingsCatalog.INSTANT));
    }

    @Test
    void namesAreDerivedOneWayForEnvironmentAndFlags() {
        assertEquals("UPKISIM_SIM_TOKEN", SettingsCatalog.SIM_TOKEN.environmentVariable());
        assertEquals("--sim-token", SettingsCatalog.SIM_TOKEN.flag());
        assertEquals("UPKISIM_PUBLIC_URL", SettingsCatalog.PUBLIC_URL.environmentVariable());
        assertEquals("--public-url", SettingsCatalog.PUBLIC_URL.flag());
    }

    @Test
    void aPublicUrlLosesItsTrailingSlash() throws Exception {
        Settings settings = SettingsLoader.load(Map.of("publicUrl", "https://sim.example.ac.jp:8443/"), Map.of());
        assertEquals(Optional.of(URI.create("https://sim.example.ac.jp:8443")), settings.optional(SettingsCatalog.PUBLIC_URL));
    }

    @ParameterizedTest(name = "{0}={1} is refused naming {0} and saying: {2}")
    @CsvSource(delimiter = '|', value = {
            "httpPort   | 80800          | allowed: a port number 0–65535",
            "httpsPort  | https          | allowed: a port number 0–65535",
            "bind       | example.ac.jp  | allowed: an IP address of this machine",
            "publicUrl  | ftp://x.example | allowed: an absolute http:// or https:// URL",
            "publicUrl  | not a url      | allowed: an absolute http:// or https:// URL",
            "hostnames  | local_host     | is neither a DNS name nor an IP address",
            "hostnames  | ' , '          | allowed: a comma-separated list",
            "ephemeral  | maybe          | allowed: true or false",
            "instant    | 2              | allowed: true or false",
            "sim.token  | short          | allowed: 16 to 200 characters",
            "fixtures   | /no/such/dir   | allowed: an existing directory"})
    void anInvalidFlagIsRefusedWithTheSettingAndWhatIsAllowed(String key, String value, String message) {
        InvalidSettingsException error = assertThrows(InvalidSettingsException.class,
                () -> SettingsLoader.load(Map.of(key, value), Map.of()));
        assertEquals(1, error.problems().size(), error.getMessage());
        String problem = error.problems().get(0);
        assertTrue(problem.startsWith(key + " = "), problem);
        assertTrue(problem.contains("flag " + SettingsCatalog.byKey(key).orElseThrow().flag()), problem);
        assertTrue(problem.contains(message), problem);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        InvalidSettingsException error = assertThrows(InvalidSettingsException.class,
                () -> SettingsLoader.load(Map.of("httpPort", "x"), Map.of("UPKISIM_HTTPS_PORT", "-1", "UPKISIM_BIN", "1")));
        assertEquals(3, error.problems().size(), error.getMessage());
        assertTrue(error.getMessage().contains("UPKISIM_BIN (environment): unknown setting"), error.getMessage());
    }

    @Test
    void theSamePortForBothListenersIsRefused() {
        InvalidSettingsException error = assertThrows(InvalidSettingsException.class,
                () -> SettingsLoader.load(Map.of("httpPort", "9000", "httpsPort", "9000"), Map.of()));
        assertTrue(error.getMessage().contains("httpPort and httpsPort are both 9000"), error.getMessage());
    }

    @Test
    void anUnknownKeyInTheConfigFileIsRefusedWithTheKnownOnes() throws Exception {
        Path config = directory.resolve("typo.yaml");
        Files.writeString(config, "htpPort: 8080\n");
        InvalidSettingsException error = assertThrows(InvalidSettingsException.class,
                () -> SettingsLoader.load(Map.of("config", config.toString()), Map.of()));
        assertTrue(error.getMessage().contains("htpPort (config file " + config + "): unknown setting; known: data,"),
                error.getMessage());
    }

    @Test
    void theCdsSettingComesOnlyFromTheFlagOrTheEnvironment() throws Exception {
        Path config = directory.resolve("cds.yaml");
        Files.writeString(config, "cds: off\n");
        InvalidSettingsException error = assertThrows(InvalidSettingsException.class,
                () -> SettingsLoader.load(Map.of("config", config.toString()), Map.of()));
        assertTrue(error.getMessage().contains("cds (config file " + config + "): the launcher reads it before any file;"
                + " give it as --cds or UPKISIM_CDS"), error.getMessage());

        assertEquals("off", SettingsLoader.load(Map.of(), Map.of("UPKISIM_CDS", "off")).get(SettingsCatalog.CDS));
        assertEquals("auto", SettingsLoader.load(Map.of(), Map.of()).get(SettingsCatalog.CDS));
        assertTrue(assertThrows(InvalidSettingsException.class,
                () -> SettingsLoader.load(Map.of("cds", "sometimes"), Map.of())).getMessage()
                .contains("cds = \"sometimes\" (flag --cds): allowed: auto or off"));
    }

    @Test
    void aConfigFileThatIsNotYamlOrMissingIsRefused() throws Exception {
        Path config = directory.resolve("broken.yaml");
        Files.writeString(config, "httpPort: [unclosed\n");
        assertTrue(assertThrows(InvalidSettingsException.class,
                () -> SettingsLoader.load(Map.of("config", config.toString()), Map.of()))
                .getMessage().contains("cannot read it as YAML"));
        assertTrue(assertThrows(InvalidSettingsException.class,
                () -> SettingsLoader.load(Map.of("config", directory.resolve("none.yaml").toString()), Map.of()))
                .getMessage().contains("cannot read it as YAML"));
    }
}

package dev.upkisim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.config.Setting;
import dev.upkisim.config.SettingsCatalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> environment, String... args) {
        return Main.run(args, environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsEverySettingWithItsFlagAndEnvironmentVariable() {
        assertEquals(0, run(Map.of(), "--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (Setting<?> setting : SettingsCatalog.ALL) {
            assertTrue(help.contains(setting.flag()), setting.flag() + " in\n" + help);
            assertTrue(help.contains(setting.environmentVariable()), setting.environmentVariable());
        }
    }

    @Test
    void serveIsTheDefaultCommandAndAcceptsTheSameFlags() {
        assertEquals(0, run(Map.of(), "serve", "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--http-port"));
    }

    @Test
    void anInvalidSettingStopsStartUpWithExitCode2AndSaysWhatIsAllowed() {
        assertEquals(2, run(Map.of("UPKISIM_HTTPS_PORT", "99999"), "--http-port", "eighty"));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("httpPort = \"eighty\" (flag --http-port): allowed: a port number 0–65535"), message);
        assertTrue(message.contains("httpsPort = \"99999\" (environment UPKISIM_HTTPS_PORT)"), message);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aPortInUseStopsStartUpNamingEveryListenersPortAndFlag(@TempDir Path data) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String port = String.valueOf(taken.getLocalPort());
            assertEquals(1, run(Map.of(), "--data", data.toString(), "--http-port", "0", "--https-port", "0",
                    "--relying-party-port", port));
        }
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("cannot listen on 127.0.0.1 port 0, 0 or "), message);
        assertTrue(message.contains("--http-port/--https-port/--relying-party-port"), message);
    }

    @Test
    void anUnknownFlagIsRefusedWithAHint() {
        assertEquals(2, run(Map.of(), "--htp-port", "1"));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("Unknown options: '--htp-port'"), message);
        assertTrue(message.contains("Did you mean: --http-port"), message);
        assertTrue(message.contains("--help"), message);
    }
}

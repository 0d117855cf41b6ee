package dev.upkisim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a user runs it: {@code java -jar target/upki-sim.jar …}. */
class JarServeIT {
    @TempDir
    static Path cache; // the user cache of every start: the class archive trained by the first is used by the rest

    @Test
    void theJarServesOnAnyFreePortPrintsASummaryAndOneReadyLineAndCleansUpItsEphemeralData(@TempDir Path work)
            throws Exception {
        Process process = java(work, "--ephemeral", "--http-port", "0", "--https-port", "0", "--relying-party-port", "0");
        try {
            List<String> lines = new ArrayList<>();
            Matcher ready = awaitReady(process, lines);
            String summary = String.join("\n", lines);
            assertTrue(summary.contains("not a production CA"), summary);
            assertTrue(summary.contains("httpPort   " + ready.group(1) + "  [flag --http-port]"), summary);
            assertTrue(summary.contains("(temporary, removed at exit)"), summary);
            assertTrue(summary.contains("root SHA-1 "), summary);
            String dataLine = lines.stream().filter(line -> line.startsWith("  data")).findFirst().orElseThrow();
            Path data = Path.of(dataLine.substring(dataLine.indexOf('/'), dataLine.indexOf(" (temporary")));
            assertTrue(Files.exists(data.resolve("upki-sim.db")), data.toString());

            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + ready.group(1) + "/sim/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            HttpResponse<String> clock = client.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + ready.group(1) + "/sim/clock"))
                    .header("Authorization", "Bearer " + ready.group(3)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, clock.statusCode(), "the printed token is the control token");

            process.destroy();
            assertTrue(process.waitFor(20, TimeUnit.SECONDS));
            assertFalse(Files.exists(data), "the ephemeral data directory is removed at exit");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void theTokenCanBeSetByTheEnvironment(@TempDir Path work) throws Exception {
        ProcessBuilder builder = command(work, "--data", work.resolve("data").toString(), "--http-port", "0", "--https-port", "0", "--relying-party-port", "0");
        builder.environment().put("UPKISIM_SIM_TOKEN", "token-from-the-environment-42");
        Process process = builder.start();
        try {
            Matcher ready = awaitReady(process, new ArrayList<>());
            assertEquals("token-from-the-environment-42", ready.group(3));
        } finally {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void anInvalidSettingExitsWithCode2AndTheMessage(@TempDir Path work) throws Exception {
        Process process = java(work, "--bind", "somewhere", "--https-port", "70000");
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, process.exitValue(), output);
        assertTrue(output.contains("bind = \"somewhere\" (flag --bind): allowed: an IP address"), output);
        assertTrue(output.contains("httpsPort = \"70000\" (flag --https-port)"), output);
    }

    @Test
    void aDamagedDatabaseExitsWithCode1AndTheMessage(@TempDir Path work) throws Exception {
        Path data = Files.createDirectories(work.resolve("data"));
        Files.writeString(data.resolve("upki-sim.db"), "garbage ".repeat(1000));
        Process process = java(work, "--data", data.toString(), "--http-port", "0", "--https-port", "0", "--relying-party-port", "0");
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, process.exitValue(), output);
        assertTrue(output.contains("cannot start: " + data.resolve("upki-sim.db") + " is not a readable upki-sim database"),
                output);
        assertFalse(output.contains("at dev.upkisim"), "no stack trace:\n" + output);
    }

    private static Process java(Path work, String... args) throws IOException {
        return command(work, args).start();
    }

    private static ProcessBuilder command(Path work, String... args) {
        return ServedJar.command(work, cache, args);
    }

    private static Matcher awaitReady(Process process, List<String> lines) throws IOException {
        return ServedJar.awaitReady(process, lines);
    }
}

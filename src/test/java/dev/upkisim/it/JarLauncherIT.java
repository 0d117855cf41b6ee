package dev.upkisim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher of {@code java -jar upki-sim.jar} (issue 2's warm-start target): the server runs as a second JVM with
 * a class archive of the user cache, trained by the second start; stopping either way leaves no server behind.
 */
class JarLauncherIT {
    @TempDir
    Path work;

    @Test
    void theFirstStartServesInOneJvmTheSecondTrainsTheArchiveAndTheThirdUsesIt() throws Exception {
        Path cache = work.resolve("cache");
        Process first = serve(cache);
        try {
            List<String> lines = new ArrayList<>();
            ServedJar.awaitReady(first, lines);
            assertTrue(first.descendants().findAny().isEmpty(), "a fresh machine pays for no second JVM");
            assertTrue(String.join("\n", lines).contains("the first start of this build"), String.join("\n", lines));
        } finally {
            first.destroy();
        }
        assertTrue(first.waitFor(60, TimeUnit.SECONDS));

        Process second = serve(cache);
        try {
            ServedJar.awaitReady(second, new ArrayList<>());
            String server = serverCommandLine(second);
            assertTrue(server.contains("-XX:ArchiveClassesAtExit=" + cache.resolve("upki-sim/cds")), server);
        } finally {
            second.destroy(); // SIGTERM: passed on; the server writes the archive as it exits
        }
        assertTrue(second.waitFor(60, TimeUnit.SECONDS));
        assertEquals(143, second.exitValue(), "the server's exit code, stopped by SIGTERM");
        List<Path> archives = files(cache.resolve("upki-sim/cds"));
        assertEquals(1, archives.size(), archives.toString());
        assertTrue(archives.get(0).toString().endsWith(".jsa"), "no partial file or mark is left: " + archives);

        Process third = serve(cache);
        try {
            Matcher ready = ServedJar.awaitReady(third, new ArrayList<>());
            String server = serverCommandLine(third);
            assertTrue(server.contains("-XX:SharedArchiveFile=" + archives.get(0)), server);
            assertEquals(200, health(ready.group(1)));
        } finally {
            third.destroy();
            assertTrue(third.waitFor(60, TimeUnit.SECONDS));
        }
        assertTrue(third.descendants().findAny().isEmpty());
    }

    @Test
    void aServerWhoseLauncherWasKilledStopsItself() throws Exception {
        Path cache = work.resolve("cache");
        startAndStop(cache); // the first start of a build serves in one JVM
        Process launcher = serve(cache);
        Matcher ready = ServedJar.awaitReady(launcher, new ArrayList<>());
        ProcessHandle server = launcher.descendants().findFirst().orElseThrow();
        try {
            launcher.destroyForcibly(); // SIGKILL: nothing can be passed on
            assertTrue(launcher.waitFor(20, TimeUnit.SECONDS));
            assertTrue(server.onExit().get(30, TimeUnit.SECONDS) != null);
            assertFalse(server.isAlive());
            assertEquals(-1, health(ready.group(1)), "nobody listens on the port any more");
        } finally {
            server.destroyForcibly();
        }
    }

    @Test
    void withCdsOffTheServerRunsInTheJvmThatWasStarted() throws Exception {
        Process process = ServedJar.command(work, work.resolve("cache"), "--ephemeral", "--http-port", "0",
                "--https-port", "0", "--relying-party-port", "0", "--cds", "off").start();
        try {
            List<String> lines = new ArrayList<>();
            Matcher ready = ServedJar.awaitReady(process, lines);
            assertEquals(200, health(ready.group(1)));
            assertTrue(process.descendants().findAny().isEmpty(), "no second JVM");
            assertTrue(String.join("\n", lines).contains("cds        off (served in this JVM)  [flag --cds]"), String.join("\n", lines));
            assertFalse(Files.exists(work.resolve("cache/upki-sim/cds")) && !files(work.resolve("cache/upki-sim/cds")).isEmpty());
        } finally {
            process.destroy();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void aBadCdsValueIsRefusedWithTheSettingsMessage() throws Exception {
        ProcessBuilder builder = ServedJar.command(work, work.resolve("cache"), "--ephemeral");
        builder.environment().put("UPKISIM_CDS", "sometimes");
        Process process = builder.start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, process.exitValue(), output);
        assertTrue(output.contains("cds = \"sometimes\" (environment UPKISIM_CDS): allowed: auto or off"), output);
    }

    private void startAndStop(Path cache) throws Exception {
        Process process = serve(cache);
        ServedJar.awaitReady(process, new ArrayList<>());
        process.destroy();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    }

    private Process serve(Path cache) throws Exception {
        return ServedJar.command(work, cache, "--ephemeral", "--http-port", "0", "--https-port", "0",
                "--relying-party-port", "0").start();
    }

    /** The server JVM's command line: the launcher's one child. */
    private static String serverCommandLine(Process launcher) {
        List<ProcessHandle> children = launcher.children().toList();
        assertEquals(1, children.size(), "one server JVM");
        return String.join(" ", children.get(0).info().arguments().orElseThrow());
    }

    /** The status of GET /sim/health, or -1 when nothing answers. */
    private static int health(String port) throws InterruptedException {
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/sim/health")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static List<Path> files(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}

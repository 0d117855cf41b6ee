package dev.upkisim.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged jar as a user starts it — {@code java -jar target/upki-sim.jar …} — with a user cache of the test's
 * own (the launcher's class archive goes there, never into the real home) and no {@code UPKISIM_*} variables.
 */
final class ServedJar {
    static final Pattern READY = Pattern.compile(
            "upki-sim ready in \\d+ ms: http://localhost:(\\d+)/ https://localhost:(\\d+)/ control token (\\S+)");
    static final Path JAR = Path.of("target/upki-sim.jar");

    private ServedJar() {
    }

    static ProcessBuilder command(Path work, Path cache, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("UPKISIM_"));
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        return builder;
    }

    /** Reads the output up to the ready line, which it returns matched; the lines before it go to {@code lines}. */
    static Matcher awaitReady(Process process, List<String> lines) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lines.add(line);
            Matcher matcher = READY.matcher(line);
            if (matcher.matches()) {
                drain(reader);
                return matcher;
            }
        }
        throw new AssertionError("no ready line; the process printed:\n" + String.join("\n", lines));
    }

    /** Keeps reading what the server prints after the ready line, so that it never blocks on a full pipe. */
    private static void drain(BufferedReader reader) {
        Thread drain = new Thread(() -> {
            try {
                reader.transferTo(java.io.Writer.nullWriter());
            } catch (IOException ignored) {
                // the process has ended
            }
        }, "served-jar-output");
        drain.setDaemon(true);
        drain.start();
    }
}

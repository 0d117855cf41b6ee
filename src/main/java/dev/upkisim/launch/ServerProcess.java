package dev.upkisim.launch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the server in a second JVM that has the options {@code java -jar} cannot give itself (the class archive, the
 * compiler and young-generation settings), and stands in for it: same standard streams, same exit code; stopping the launcher stops
 * the server (a shutdown hook passes SIGTERM or Ctrl-C on), and a server whose launcher vanished stops itself
 * ({@link ParentWatch}).
 */
final class ServerProcess {
    /** How long a stopping server may take (closing the store, writing the class archive) before it is killed. */
    private static final long STOP_SECONDS = 60;

    /**
     * Start-up compiles hundreds of methods that are warm only while starting. With C2's thresholds ten times higher
     * the optimising compiler keeps off the second core during start-up (about a sixth of a warm start here), while
     * the hot loops of a running server — key generation, signing — still reach it after a few more iterations. C1,
     * which compiles those hundreds, inlines only small methods and three calls deep (defaults: 35 bytes, five deep):
     * its compilations are quicker (a warm start 2–4 % shorter, measured), and what is hot is C2's to optimise anyway
     * (bulk issuance is as fast: {@code src/bench/upload-1000.sh}). Nor does C1's code record branch, call and type
     * profiles for C2 ({@code -C1UpdateMethodData}; its counters still decide what C2 compiles): start-up code runs
     * and compiles quicker (a warm start 5–7 % shorter), while C2 compiling without profiles left bulk issuance as
     * fast and cost cached OCSP answers about 5 % ({@code src/bench/ocsp-wrk.sh}: 88,000/s instead of 93,000/s).
     */
    static final List<String> COMPILER_OPTIONS = List.of("-XX:Tier4InvocationThreshold=50000",
            "-XX:Tier4MinInvocationThreshold=50000", "-XX:Tier4CompileThreshold=150000",
            "-XX:Tier4BackEdgeThreshold=400000", "-XX:C1MaxInlineSize=10", "-XX:C1InlineStackLimit=3",
            "-XX:-C1UpdateMethodData");

    /**
     * G1 starts with a young generation of 5 % of the heap (19 MB of the 380 MB it starts with here), which a start
     * fills just before it is ready: a 12 ms pause that copies what the start built. At 15 % that collection comes
     * after ready, when there is time for it (a warm start 3–4 % shorter, measured); G1 still sizes the young
     * generation between that and 60 % as it goes. A percentage rather than {@code -Xmn}, so a small {@code -Xmx}
     * still works.
     */
    static final List<String> HEAP_OPTIONS = List.of("-XX:+UnlockExperimentalVMOptions", "-XX:G1NewSizePercent=15");

    private ServerProcess() {
    }

    /** The server's exit code; -1 when it could not be started at all (the caller then serves in this JVM). */
    static int run(JvmCommandLine jvm, ClassArchive archive) {
        Process server;
        try {
            server = new ProcessBuilder(command(jvm, archive)).inheritIO().start();
        } catch (IOException e) {
            return -1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread("upki-sim-launcher-stop") { // not a lambda: see Launcher
            @Override
            public void run() {
                archive.settle(stopServer(server));
            }
        });
        int code = waitFor(server);
        archive.settle(code);
        return code;
    }

    /** The server JVM's command line: this {@code java -jar} command with the launcher's options added. */
    static List<String> command(JvmCommandLine jvm, ClassArchive archive) {
        List<String> command = new ArrayList<>();
        command.add(jvm.java());
        command.addAll(archive.jvmOptions());
        command.addAll(COMPILER_OPTIONS);
        command.addAll(HEAP_OPTIONS);
        command.addAll(jvm.options()); // after ours: of an option given twice, HotSpot takes the last
        command.add("-D" + Launcher.LAUNCHER_PID + "=" + OwnPid.get());
        command.add("-D" + Launcher.LAUNCHED_AT + "=" + Launcher.startedAtMillis());
        command.add("-D" + Launcher.ARCHIVE + "=" + archive.file());
        command.add("-D" + Launcher.TRAINING + "=" + archive.training());
        command.add("-cp"); // not -jar: the JVM would read the jar's table of contents once more, for the manifest
        command.add(jvm.jar());
        command.add(Launcher.class.getName());
        command.addAll(jvm.arguments());
        return command;
    }

    private static int stopServer(Process server) {
        if (server.isAlive()) {
            server.destroy();
        }
        try {
            if (!server.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
            return server.waitFor();
        } catch (InterruptedException e) {
            server.destroyForcibly();
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int waitFor(Process server) {
        while (true) {
            try {
                return server.waitFor();
            } catch (InterruptedException e) {
                // only the shutdown hook stops the server; keep waiting for its exit code
            }
        }
    }
}

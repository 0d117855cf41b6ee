package dev.upkisim.launch;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * How this JVM was started, read back from the operating system ({@code /proc/self/cmdline} on Linux): the
 * {@code java} program, the JVM options before {@code -jar}, the jar, and the arguments after it. The server process
 * is started with the same options, so {@code java -Xmx2g -jar upki-sim.jar} keeps its {@code -Xmx2g}.
 */
record JvmCommandLine(String java, List<String> options, String jar, List<String> arguments) {
    private static final List<String> CLASS_ARCHIVE_OPTIONS = List.of("-Xshare", "-XX:SharedArchiveFile",
            "-XX:ArchiveClassesAtExit", "-XX:SharedClassListFile", "-XX:DumpLoadedClassList");

    /**
     * Null when the system does not say, or the JVM was not started with {@code -jar}. On Linux read straight from
     * {@code /proc/self} (a fifth of the time {@code ProcessHandle.Info} takes to start up).
     */
    static JvmCommandLine ofThisProcess() {
        try {
            String[] argv = new String(ProcSelf.read("/proc/self/cmdline"), StandardCharsets.UTF_8).split("\0");
            return parse(new File("/proc/self/exe").getCanonicalPath(), List.of(argv).subList(1, argv.length));
        } catch (IOException | RuntimeException notLinux) {
            // the portable way below
        }
        ProcessHandle.Info info = ProcessHandle.current().info();
        if (info.command().isEmpty() || info.arguments().isEmpty()) {
            return null;
        }
        return parse(info.command().get(), List.of(info.arguments().get()));
    }

    static JvmCommandLine parse(String java, List<String> argv) {
        int jarFlag = argv.indexOf("-jar");
        if (jarFlag < 0 || jarFlag + 1 >= argv.size()) {
            return null;
        }
        return new JvmCommandLine(java, argv.subList(0, jarFlag), argv.get(jarFlag + 1),
                argv.subList(jarFlag + 2, argv.size()));
    }

    /** The user chose how class data is shared (or archived): the launcher then leaves it to them. */
    boolean choosesClassArchive() {
        for (String option : options) {
            for (String archiveOption : CLASS_ARCHIVE_OPTIONS) {
                if (option.startsWith(archiveOption)) {
                    return true;
                }
            }
        }
        return false;
    }
}

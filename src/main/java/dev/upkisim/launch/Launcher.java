package dev.upkisim.launch;

import dev.upkisim.Main;
import dev.upkisim.UserCache;
import java.nio.file.Path;

/**
 * The jar's entry point. {@code java -jar upki-sim.jar} cannot choose its own JVM options, and those that halve a
 * warm start — a class archive, compiler and young-generation settings — must be given when the JVM starts. So for the
 * {@code serve} command the launcher starts the server as a second JVM with them ({@link ServerProcess}) and waits
 * for it; everything else runs here, in this JVM ({@link Main}).
 *
 * <p>It serves in this JVM instead on the first start of a build ({@link ClassArchive#firstSight}), with the setting
 * {@code cds} = {@code off}, on a JVM other than HotSpot, when the JVM was not started with {@code -jar}, when the
 * user gave class-sharing options themselves, or when there is no cache directory for the archive. This class runs
 * before any class archive helps, so it keeps to plain code: no lambdas, no streams.
 */
public final class Launcher {
    static final String LAUNCHER_PID = "upkisim.launcher.pid";
    static final String LAUNCHED_AT = "upkisim.launcher.startedAt";
    static final String ARCHIVE = "upkisim.launcher.archive";
    static final String TRAINING = "upkisim.launcher.training";
    static final String FIRST_SIGHT = "upkisim.launcher.firstSight";
    static final String ENVIRONMENT = "UPKISIM_CDS";
    static final String FLAG = "--cds";

    private Launcher() {
    }

    public static void main(String[] args) {
        String launcher = System.getProperty(LAUNCHER_PID);
        if (launcher != null) {
            serveForLauncher(Long.parseLong(launcher));
        } else {
            JvmCommandLine jvm = archiveChosen(args) ? JvmCommandLine.ofThisProcess() : null;
            ClassArchive archive = jvm == null || jvm.choosesClassArchive() ? null : archiveFor(jvm);
            if (archive != null && archive.firstSight()) {
                System.setProperty(FIRST_SIGHT, "true");
            } else if (archive != null) {
                int code = ServerProcess.run(jvm, archive);
                if (code >= 0) {
                    System.exit(code);
                }
            }
        }
        Main.main(args);
    }

    /** In the server JVM: stop with the launcher; when training, say why stopping waits. */
    private static void serveForLauncher(long launcherPid) {
        ParentWatch.start(launcherPid);
        if (Boolean.getBoolean(TRAINING)) { // the JVM writes the archive after the shutdown hooks
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println(
                    "upki-sim: writing the class archive for faster starts (once) …"), "upki-sim-archive-notice"));
        }
    }

    /** Serving from a class archive is chosen: the serve command, cds = auto, HotSpot. */
    private static boolean archiveChosen(String[] args) {
        return serves(args) && classArchiveChosen(args, System.getenv(ENVIRONMENT))
                && isHotSpot(System.getProperty("java.vm.name", ""));
    }

    /** The archive in the user cache, or null when there is no cache to keep it in. */
    private static ClassArchive archiveFor(JvmCommandLine jvm) {
        Path cache = UserCache.directory().orElse(null);
        return cache == null ? null : ClassArchive.in(cache, jvm);
    }

    /**
     * The {@code cds} setting, from the flag ({@code --cds off} or {@code --cds=off}) or the environment: {@code auto}
     * (also when unset). Any other value serves in this JVM, whose settings loader then judges it.
     */
    static boolean classArchiveChosen(String[] args, String environment) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(FLAG) && i + 1 < args.length) {
                return isAuto(args[i + 1]);
            }
            if (args[i].startsWith(FLAG + "=")) {
                return isAuto(args[i].substring(FLAG.length() + 1));
            }
        }
        return environment == null || isAuto(environment);
    }

    private static boolean isAuto(String value) {
        return value.trim().equalsIgnoreCase("auto"); // as the settings loader reads it
    }

    /** For the start-up summary: how this JVM came to serve. */
    public static String howServed() {
        String archive = System.getProperty(ARCHIVE);
        if (Boolean.getBoolean(FIRST_SIGHT)) {
            return "served in this JVM, the first start of this build; the next one makes the class archive";
        }
        if (archive == null) {
            return "served in this JVM";
        }
        return Boolean.getBoolean(TRAINING) ? "a second JVM; it writes the class archive " + archive + " when it stops"
                : "a second JVM, class archive " + archive;
    }

    /** The JVM options given to the server are HotSpot's (OpenJ9, say, shares classes its own way). */
    static boolean isHotSpot(String vmName) {
        return vmName.contains("HotSpot") || vmName.startsWith("OpenJDK");
    }

    /** The {@code serve} command, named or by default; not help or version, which print and exit at once. */
    static boolean serves(String[] args) {
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
                return false;
            }
        }
        return args.length == 0 || args[0].equals("serve") || args[0].startsWith("-");
    }

    /** When the user started upki-sim: the launcher's start, in the server JVM too (for the ready line). */
    public static long startedAtMillis() {
        String launched = System.getProperty(LAUNCHED_AT);
        if (launched != null) {
            return Long.parseLong(launched);
        }
        return System.currentTimeMillis() - ProcessAge.millis().orElse(0);
    }
}

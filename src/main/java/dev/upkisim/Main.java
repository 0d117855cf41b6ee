package dev.upkisim;

import dev.upkisim.cli.ClassPreloader;
import dev.upkisim.cli.P12InspectCommand;
import dev.upkisim.cli.PlainFlags;
import dev.upkisim.cli.ServeOptions;
import dev.upkisim.cli.StartupReport;
import dev.upkisim.cli.OfflineTool;
import dev.upkisim.cli.TsvCheckCommand;
import dev.upkisim.config.InvalidSettingsException;
import dev.upkisim.config.Settings;
import dev.upkisim.config.SettingsCatalog;
import dev.upkisim.config.SettingsLoader;
import dev.upkisim.fixtures.InvalidFixturesException;
import dev.upkisim.launch.Launcher;
import dev.upkisim.store.StoredDataException;
import dev.upkisim.workflow.scenarios.InvalidScenarioException;
import dev.upkisim.workflow.scenarios.UnknownScenarioException;
import dev.upkisim.web.JettyDefaults;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.BindException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The command line. {@code serve} is the default command: {@code java -jar upki-sim.jar} serves with the
 * embedded defaults. Exit codes: 0 help or version, 1 cannot start (data, fixtures, a broken scenario file, port),
 * 2 bad usage or settings (an unknown {@code --scenario} included).
 * {@code tsv check FILE} checks a TSV file offline ({@link TsvCheckCommand}, its own exit codes);
 * {@code p12 inspect FILE} is the P12 doctor ({@link P12InspectCommand}, its own exit codes).
 */
public final class Main {
    static final int RUNNING = -1;

    private Main() {
    }

    public static void main(String[] args) {
        if (isTsv(args) || isP12(args)) {
            System.exit(run(args, System.getenv(), OfflineTool.utf8(FileDescriptor.out),
                    OfflineTool.utf8(FileDescriptor.err)));
        }
        StartupTrace.mark("main");
        JettyDefaults.apply(); // before the preloader initialises Jetty's classes
        ClassPreloader.start();
        int code = run(args, System.getenv(), System.out, System.err);
        if (code != RUNNING) {
            System.exit(code);
        }
    }

    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        if (isP12(args)) {
            return P12InspectCommand.run(Arrays.copyOfRange(args, 1, args.length), environment, out, err);
        }
        if (isTsv(args)) {
            return TsvCheckCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        String[] serveArgs = args.length > 0 && args[0].equals("serve") ? Arrays.copyOfRange(args, 1, args.length) : args;
        Map<String, String> flags = PlainFlags.parse(serveArgs).orElse(null);
        if (flags == null) { // help, version, or anything picocli must judge and explain
            CommandLine command = ServeOptions.commandLine();
            command.setOut(new PrintWriter(out, true));
            command.setErr(new PrintWriter(err, true));
            ParseResult parsed;
            try {
                parsed = command.parseArgs(serveArgs);
            } catch (CommandLine.ParameterException e) {
                err.println("upki-sim: " + e.getMessage());
                if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
                    err.println("Did you mean: " + String.join(" or ", unmatched.getSuggestions()) + "?");
                }
                err.println("Try 'java -jar upki-sim.jar --help' for the settings.");
                return 2;
            }
            if (CommandLine.printHelpIfRequested(parsed)) {
                return 0;
            }
            flags = ServeOptions.given(parsed);
        }
        StartupTrace.mark("command line parsed");
        Settings settings;
        try {
            settings = SettingsLoader.load(flags, environment);
        } catch (InvalidSettingsException e) {
            err.println("upki-sim: " + e.getMessage());
            return 2;
        }
        StartupTrace.mark("settings loaded");
        Simulator simulator;
        try {
            simulator = Simulator.start(settings);
        } catch (StoredDataException | InvalidFixturesException | InvalidScenarioException e) {
            err.println("upki-sim: cannot start: " + e.getMessage());
            return 1;
        } catch (UnknownScenarioException e) {
            err.println("upki-sim: scenario = \"" + e.name() + "\" (" + settings.origin(SettingsCatalog.SCENARIO) + "): "
                    + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            if (causedBy(e, BindException.class)) {
                err.println("upki-sim: cannot start: cannot listen on " + settings.get(SettingsCatalog.BIND).getHostAddress()
                        + " port " + settings.get(SettingsCatalog.HTTP_PORT) + ", " + settings.get(SettingsCatalog.HTTPS_PORT)
                        + " or " + settings.get(SettingsCatalog.RELYING_PARTY_PORT) + " (" + rootMessage(e)
                        + "); choose other ports with --http-port/--https-port/--relying-party-port, or 0 for any free"
                        + " port");
                return 1;
            }
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "upki-sim-shutdown"));
        StartupReport.summary(out, settings, simulator);
        StartupReport.ready(out, simulator, Duration.ofMillis(System.currentTimeMillis() - Launcher.startedAtMillis()));
        StartupTrace.mark("ready line printed");
        return RUNNING;
    }

    private static boolean isTsv(String[] args) {
        return args.length > 0 && args[0].equals(TsvCheckCommand.NAME);
    }

    private static boolean isP12(String[] args) {
        return args.length > 0 && args[0].equals(P12InspectCommand.NAME);
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}

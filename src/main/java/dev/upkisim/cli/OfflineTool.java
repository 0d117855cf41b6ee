package dev.upkisim.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * What the offline tools ({@code upki-sim tsv check}, {@code upki-sim p12 inspect}) share: a command group that
 * prints its usage when called alone, output in UTF-8 whatever the locale (Java 17 would otherwise write Japanese in
 * the platform charset, ASCII under {@code LANG=C}), and exit code 2 with {@code upki-sim GROUP SUB: message} for a
 * usage error found after parsing.
 */
public final class OfflineTool {
    private OfflineTool() {
    }

    /** A command group such as {@code upki-sim tsv}: alone, it prints its usage and exits 2. */
    abstract static class Group implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getErr());
            return 2;
        }
    }

    /** A usage error found after parsing (exit code 2). */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    static int run(Group group, Object subcommand, String[] args, PrintStream out, PrintStream err) {
        CommandLine command = new CommandLine(group).addSubcommand(subcommand);
        command.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        command.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        command.setExecutionExceptionHandler((exception, line, parsed) -> {
            if (exception instanceof UsageException) {
                err.println(parsed.subcommand() == null ? exception.getMessage()
                        : parsed.subcommand().commandSpec().qualifiedName() + ": " + exception.getMessage());
                return 2;
            }
            throw exception;
        });
        return command.execute(args);
    }

    /** Standard output or error as UTF-8, for {@code Main.main}. */
    public static PrintStream utf8(FileDescriptor descriptor) {
        return new PrintStream(new FileOutputStream(descriptor), true, StandardCharsets.UTF_8);
    }
}

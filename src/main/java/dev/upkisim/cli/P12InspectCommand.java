package dev.upkisim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.upkisim.core.Language;
import dev.upkisim.doctor.P12Inspector;
import dev.upkisim.doctor.P12Report;
import dev.upkisim.doctor.P12ReportText;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code upki-sim p12 inspect FILE [--password PW | --password-env VAR] [--json] [--lang ja|en]}: the P12 doctor
 * (SPEC 1.9) on the command line. Exit codes: 0 the file is PKCS#12 and was read (with the password, or as far as
 * possible without one), 1 wrong password or not a PKCS#12 file, 2 bad usage. Output is UTF-8 whatever the locale
 * (see {@link TsvCheckCommand}).
 */
public final class P12InspectCommand {
    public static final String NAME = "p12";

    private P12InspectCommand() {
    }

    /** @param args the arguments after {@code p12} */
    public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        return OfflineTool.run(new P12(), new Inspect(out, environment), args, out, err);
    }

    @Command(name = "upki-sim p12", mixinStandardHelpOptions = true, description = "Work with PKCS#12 (.p12) files.")
    static final class P12 extends OfflineTool.Group {
    }

    @Command(name = "inspect", mixinStandardHelpOptions = true,
            description = "The P12 doctor: encryption, MAC, bags, key, certificates, chain and import verdicts of a"
                    + " .p12 file. Exit code 0 read, 1 wrong password or not PKCS#12, 2 bad usage.")
    static final class Inspect implements Callable<Integer> {
        private final PrintStream out;
        private final Map<String, String> environment;

        @Parameters(index = "0", paramLabel = "FILE", description = "the .p12/.pfx file")
        Path file;

        @Option(names = "--password", paramLabel = "PW", description = "the file's password (access PIN or export password)")
        String password;

        @Option(names = "--password-env", paramLabel = "VAR", description = "read the password from this environment variable")
        String passwordEnv;

        @Option(names = "--json", description = "print the report as JSON")
        boolean json;

        @Option(names = "--lang", paramLabel = "ja|en", defaultValue = "en", description = "text language (default: ${DEFAULT-VALUE})")
        String lang;

        Inspect(PrintStream out, Map<String, String> environment) {
            this.out = out;
            this.environment = environment;
        }

        @Override
        public Integer call() throws IOException {
            if (password != null && passwordEnv != null) {
                throw new OfflineTool.UsageException("give --password or --password-env, not both");
            }
            if (!lang.equals("ja") && !lang.equals("en")) {
                throw new OfflineTool.UsageException("--lang must be ja or en, not '" + lang + "'");
            }
            String secret = password;
            if (passwordEnv != null) {
                secret = environment.get(passwordEnv);
                if (secret == null) {
                    throw new OfflineTool.UsageException("the environment variable " + passwordEnv + " is not set");
                }
            }
            if (!Files.isRegularFile(file)) {
                throw new OfflineTool.UsageException("no such file: " + file);
            }
            P12Report report = P12Inspector.inspect(Files.readAllBytes(file), secret == null ? null : secret.toCharArray());
            if (json) {
                out.println(new ObjectMapper().registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
            } else {
                out.print(P12ReportText.render(report, lang.equals("ja") ? Language.JA : Language.EN));
            }
            out.flush();
            return report.readable() ? 0 : 1;
        }
    }
}

package dev.upkisim.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes Chromium on Linux trust a CA the way a user does: an NSS database at {@code $HOME/.pki/nssdb} with the CA
 * added as a trusted issuer of server certificates ({@code certutil -t "C,,"}). Chromium reads that database from
 * {@code $HOME}, not from its {@code --user-data-dir}, so each test browser gets its own {@code HOME}.
 *
 * <p>The database must exist before Chromium first starts: otherwise Chromium creates one itself, and a later
 * {@code certutil -N} asks on the terminal for that database's password and never returns. stdin is /dev/null so
 * that any such question fails at once instead of hanging the build.
 */
final class NssTrust {
    private NssTrust() {
    }

    /** Creates {@code home/.pki/nssdb} with an empty password and adds each PEM certificate as a trusted CA. */
    static void create(Path home, List<String> trustedCaPems) {
        try {
            Path database = Files.createDirectories(home.resolve(".pki/nssdb"));
            String directory = "sql:" + database;
            certutil(home, "-N", "-d", directory, "--empty-password");
            for (int i = 0; i < trustedCaPems.size(); i++) {
                Path pem = home.resolve("trusted-ca-" + i + ".pem");
                Files.writeString(pem, trustedCaPems.get(i));
                certutil(home, "-A", "-d", directory, "-n", "upki-sim-" + i, "-t", "C,,", "-i", pem.toString());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the browser's NSS database under " + home, e);
        }
    }

    private static void certutil(Path home, String... arguments) {
        List<String> command = new ArrayList<>(List.of("certutil"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in 30 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue()
                        + "):\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run certutil: install the Debian package libnss3-tools", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

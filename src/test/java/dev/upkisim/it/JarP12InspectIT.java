package dev.upkisim.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.support.Openssl;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar target/upki-sim.jar p12 inspect FILE}, run as a process, as a helpdesk runs it on a user's file. */
class JarP12InspectIT {

    private static Process inspect(Path directory, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target/upki-sim.jar").toAbsolutePath().toString(), "p12", "inspect"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put("LANG", "C");
        builder.environment().remove("LC_ALL");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().put("UPKI_PIN", "pin-1234");
        return builder.start();
    }

    @Test
    void anOpensslLegacyFileIsJudgedFitForIosInJapaneseUtf8UnderTheCLocale(@TempDir Path directory) throws Exception {
        assertEquals(0, Openssl.openssl(directory, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem",
                "-out", "cert.pem", "-subj", "/CN=helpdesk test", "-days", "2").exitCode());
        assertEquals(0, Openssl.openssl(directory, "pkcs12", "-export", "-legacy", "-inkey", "key.pem", "-in", "cert.pem",
                "-out", "user.p12", "-passout", "pass:pin-1234").exitCode());
        Process process = inspect(directory, "user.p12", "--password-env", "UPKI_PIN", "--lang", "ja");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("セーフ 1: pbeWithSHAAnd40BitRC2-CBC, 2048 iterations"), output);
        assertTrue(output.contains("iOS/iPadOS: OK — TripleDES-SHA1"), output);

        Process wrong = inspect(directory, "user.p12", "--password", "nope");
        String refused = new String(wrong.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(wrong.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, wrong.exitValue(), refused);
        assertTrue(refused.startsWith("Wrong password: the MAC check failed"), refused);
    }
}

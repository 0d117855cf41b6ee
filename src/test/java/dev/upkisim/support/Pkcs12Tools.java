package dev.upkisim.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The PKCS#12 readers other than openssl that P12 tests run for real: the JDK's keytool (of the JDK running
 * the tests) and NSS's pk12util (Debian package libnss3-tools), which Firefox and Thunderbird build on.
 */
public final class Pkcs12Tools {
    private Pkcs12Tools() {
    }

    /** keytool in English whatever the machine's locale, so tests can read what it says. */
    public static Openssl.Result keytool(Path workingDirectory, String... arguments) {
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        List<String> command = command(keytool, "-J-Duser.language=en", "-J-Duser.country=US");
        command.addAll(List.of(arguments));
        return Openssl.run(workingDirectory, command);
    }

    public static Openssl.Result pk12util(Path workingDirectory, String... arguments) {
        return Openssl.run(workingDirectory, command("pk12util", arguments));
    }

    private static List<String> command(String tool, String... arguments) {
        List<String> command = new ArrayList<>(List.of(tool));
        command.addAll(List.of(arguments));
        return command;
    }
}

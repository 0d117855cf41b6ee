package dev.upkisim.launch;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * This process as Linux's {@code /proc} describes it (proc(5)). Read with {@code java.io}, whose classes the JVM has
 * loaded already: the launcher runs before any class archive helps, and {@code java.nio.file} would load some thirty
 * more. Every method throws {@link IOException} where there is no {@code /proc}.
 */
public final class ProcSelf {
    private ProcSelf() {
    }

    static byte[] read(String file) throws IOException {
        try (InputStream in = new FileInputStream(file)) {
            return in.readAllBytes();
        }
    }

    static String readText(String file) throws IOException {
        return new String(read(file), StandardCharsets.US_ASCII);
    }

    /**
     * The fields of {@code /proc/self/stat} after the command name, which may hold spaces: index 0 is field 3 (the
     * state), so field n of proc(5) is index n − 3.
     */
    public static String[] statFields() throws IOException {
        String stat = readText("/proc/self/stat");
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }
}

package dev.upkisim.launch;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * How long ago this process started, to 10 ms, as {@code ps} computes it: the system's uptime ({@code /proc/uptime})
 * minus the process's start time in clock ticks since boot ({@code /proc/self/stat}, field 22; the kernel reports it
 * in 1/100 s). {@code ProcessHandle.Info.startInstant()} is no substitute: it adds the boot time, which Linux gives
 * in whole seconds. Empty where there is no {@code /proc}.
 */
final class ProcessAge {
    private ProcessAge() {
    }

    static OptionalLong millis() {
        try {
            String stat = read("/proc/self/stat");
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]);
            double uptimeSeconds = Double.parseDouble(read("/proc/uptime").split(" ")[0]);
            return OptionalLong.of(Math.max(0, Math.round(uptimeSeconds * 1000) - startTicks * 10));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** With {@code java.io}, as {@link JvmCommandLine} reads {@code /proc}. */
    private static String read(String file) throws IOException {
        try (InputStream in = new FileInputStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}

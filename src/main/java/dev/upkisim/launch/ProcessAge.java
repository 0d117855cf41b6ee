package dev.upkisim.launch;

import java.io.IOException;
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
            long startTicks = Long.parseLong(ProcSelf.statFields()[22 - 3]);
            double uptimeSeconds = Double.parseDouble(ProcSelf.readText("/proc/uptime").split(" ")[0]);
            return OptionalLong.of(Math.max(0, Math.round(uptimeSeconds * 1000) - startTicks * 10));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}

package dev.upkisim;

import dev.upkisim.launch.ProcSelf;
import java.io.IOException;

/**
 * Timings of the start-up phases, printed to standard error when the JVM runs with
 * {@code -Dupkisim.startupTrace=true} — the measurement behind the start-up work (DESIGN "Engineering notes": measure
 * before optimising). Each line gives the wall-clock milliseconds since {@code main} began and since the previous
 * mark, the CPU time the whole process has used so far (all threads, the JIT compilers' included: on a busy
 * machine it says more than the wall clock), and the thread. Off by default, when a mark costs one field read.
 */
public final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("upkisim.startupTrace");
    private static final long START = System.nanoTime();
    private static long last = START;

    private StartupTrace() {
    }

    public static synchronized void mark(String phase) {
        if (ON) {
            long now = System.nanoTime();
            System.err.printf("startup %5d ms (+%4d) cpu %5d ms [%s] %s%n", (now - START) / 1_000_000,
                    (now - last) / 1_000_000, processCpuMillis(), Thread.currentThread().getName(), phase);
            last = now;
        }
    }

    /** utime + stime of /proc/self/stat (fields 14 and 15; -1 where there is none), in clock ticks of 10 ms. */
    private static long processCpuMillis() {
        try {
            String[] fields = ProcSelf.statFields();
            return (Long.parseLong(fields[14 - 3]) + Long.parseLong(fields[15 - 3])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}

package dev.upkisim.launch;

import java.io.File;
import java.io.IOException;

/**
 * This process's id. On Linux it is the name {@code /proc/self} links to: {@code ProcessHandle.current()} would first
 * start the JDK's process-reaper machinery (a thread pool, its lambdas), about 8 ms of a launch, before the server is
 * spawned; spawning starts that machinery anyway, but then on this core while the server JVM boots on the other.
 */
final class OwnPid {
    private OwnPid() {
    }

    static long get() {
        try {
            return Long.parseLong(new File("/proc/self").getCanonicalFile().getName());
        } catch (IOException | RuntimeException notLinux) {
            return ProcessHandle.current().pid();
        }
    }
}

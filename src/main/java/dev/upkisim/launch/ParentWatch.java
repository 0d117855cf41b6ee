package dev.upkisim.launch;

/**
 * In the server JVM: stop when the launcher that started it has gone. A launcher killed with SIGKILL cannot pass
 * the signal on; without this its server would live on, holding the ports, with nobody to stop it. The watch is set
 * up on a thread of its own: the JDK's process-reaper machinery takes some 8 ms to start, which the start-up's main
 * thread need not wait for.
 */
final class ParentWatch {
    private ParentWatch() {
    }

    static void start(long launcherPid) {
        Thread watch = new Thread(() -> watch(launcherPid), "upki-sim-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static void watch(long launcherPid) {
        ProcessHandle.of(launcherPid).ifPresentOrElse(
                launcher -> launcher.onExit().thenRun(() -> stop(launcherPid)), () -> stop(launcherPid));
    }

    private static void stop(long launcherPid) {
        System.err.println("upki-sim: the launcher (process " + launcherPid + ") has gone; stopping");
        System.exit(1);
    }
}

package dev.upkisim.launch;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The server's AppCDS archive (JDK "dynamic class data sharing", JEP 350): the classes a server run loaded, parsed
 * and verified once, then mapped into every later JVM instead of read from the jar again — a warm start in about
 * half the time. Named after the jar's location and the JDK, what makes it valid (the jar's size and time, the JVM's
 * version) and the user's JVM options (some, such as a heap above 32 GB, change what can be shared): a rebuilt jar or
 * another JDK gets a new one, and the archives of the earlier build are removed.
 *
 * <p>Writing one takes a second or two as the server stops, which a machine that starts upki-sim once (a fresh CI
 * runner) would pay for nothing. So the first start of a build only leaves a mark ({@link #firstSight}); the second
 * trains the archive: the JVM writes the classes it loaded at exit ({@code -XX:ArchiveClassesAtExit}) into a partial
 * file, kept only if the server ran and stopped normally (an archive of a run that failed at start would hold a
 * fraction of the classes); every later start uses it.
 */
final class ClassArchive {
    /** Exit codes of a server that ran: stopped by SIGINT (Ctrl-C) or SIGTERM. */
    private static final List<Integer> SERVED = List.of(0, 130, 143);
    private static final byte[] MAGIC_LITTLE_ENDIAN = {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0};
    private static final byte[] MAGIC_BIG_ENDIAN = {(byte) 0xf0, 0x0b, (byte) 0xab, (byte) 0xa8};
    private final Path file;
    private final Path partial;
    private final boolean training;

    private ClassArchive(Path file, Path partial, boolean training) {
        this.file = file;
        this.partial = partial;
        this.training = training;
    }

    /** Null when the cache directory cannot be made, or holds no archive and cannot take one. */
    static ClassArchive in(Path cacheDirectory, JvmCommandLine jvm) {
        Path directory = cacheDirectory.resolve("cds");
        try {
            Files.createDirectories(directory);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        Path jar = Path.of(jvm.jar()).toAbsolutePath().normalize();
        String validity;
        try {
            validity = Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
        } catch (IOException e) {
            return null;
        }
        String location = hash(jar + " " + System.getProperty("java.home"));
        String build = hash(validity + " " + System.getProperty("java.vm.version"));
        Path file = directory.resolve("upki-sim-" + location + "-" + build + "-" + hash(String.join(" ", jvm.options()))
                + ".jsa");
        boolean training = !looksLikeAnArchive(file);
        if (training && !Files.isWritable(directory)) {
            return null; // a read-only cache (restored by a CI, say) without an archive: nothing to gain
        }
        if (training) {
            removeAbandonedPartials(directory);
        }
        return new ClassArchive(file, directory.resolve(file.getFileName() + "." + OwnPid.get()
                + ".partial"), training);
    }

    /**
     * True the first time this build (jar, JDK, options) is started with this cache, which it then remembers: that
     * start serves in the JVM it was given, and the next one trains the archive.
     */
    boolean firstSight() {
        if (!training) {
            return false;
        }
        try {
            Files.createFile(seen());
            return true;
        } catch (IOException | RuntimeException alreadySeen) {
            return false;
        }
    }

    private Path seen() {
        return file.resolveSibling(file.getFileName() + ".seen");
    }

    /** The server JVM's options for this archive: use it, or write it at exit. Class-sharing warnings are silenced. */
    List<String> jvmOptions() {
        List<String> options = new ArrayList<>();
        options.add(training ? "-XX:ArchiveClassesAtExit=" + partial : "-XX:SharedArchiveFile=" + file);
        options.add("-Xlog:cds=off,cds+dynamic=off");
        return options;
    }

    boolean training() {
        return training;
    }

    Path file() {
        return file;
    }

    /** After the server has exited: keep what it trained, or drop the partial file. Never fails. */
    synchronized void settle(int exitCode) {
        if (!training) {
            return;
        }
        try {
            if (SERVED.contains(exitCode) && Files.isRegularFile(partial) && Files.size(partial) > 0) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Files.deleteIfExists(seen());
                removeArchivesOfEarlierBuilds();
            }
            Files.deleteIfExists(partial);
        } catch (IOException | RuntimeException e) {
            // only an optimisation: the next start trains again
        }
    }

    /** Archives (and marks) of this jar location made for an earlier build of the jar or JDK: no JVM can use them. */
    private void removeArchivesOfEarlierBuilds() throws IOException {
        String[] parts = file.getFileName().toString().split("-"); // upki, sim, location, build, options.jsa
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(file.getParent(),
                "upki-sim-" + parts[2] + "-*.jsa{,.seen}")) {
            for (Path sibling : siblings) {
                if (!sibling.getFileName().toString().startsWith("upki-sim-" + parts[2] + "-" + parts[3] + "-")) {
                    Files.deleteIfExists(sibling);
                }
            }
        }
    }

    /**
     * The file starts with HotSpot's magic number of a dynamic archive (0xf00baba8, in the machine's byte order). A
     * JVM handed anything else runs without it, silently: such a file is trained over instead of kept for ever.
     */
    private static boolean looksLikeAnArchive(Path file) {
        try (var in = new FileInputStream(file.toFile())) { // java.io: see ProcSelf
            byte[] magic = in.readNBytes(4);
            return Arrays.equals(magic, MAGIC_LITTLE_ENDIAN) || Arrays.equals(magic, MAGIC_BIG_ENDIAN);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Partial files a day old: left by a launcher and server that were both killed while the archive was written.
     * (A younger one may belong to a server that is running now.)
     */
    private static void removeAbandonedPartials(Path directory) {
        long dayAgo = System.currentTimeMillis() - 24 * 3600 * 1000L;
        try (DirectoryStream<Path> partials = Files.newDirectoryStream(directory, "*.partial")) {
            for (Path partial : partials) {
                if (Files.getLastModifiedTime(partial).toMillis() < dayAgo) {
                    Files.deleteIfExists(partial);
                }
            }
        } catch (IOException | RuntimeException e) {
            // only tidying
        }
    }

    /** FNV-1a, 64 bits, in hex: a name, not a secret. */
    private static String hash(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        }
        return Long.toHexString(hash);
    }
}

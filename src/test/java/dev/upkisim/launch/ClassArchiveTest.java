package dev.upkisim.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {
    /** A dynamic archive's first bytes, as HotSpot writes them on x86 (magic 0xf00baba8, little-endian). */
    private static final byte[] ARCHIVE = {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0, 11, 0, 0, 0};
    @TempDir
    Path work;

    @Test
    void aRunWithoutAnArchiveTrainsOneThatTheNextRunUses() throws Exception {
        JvmCommandLine jvm = jvm(jar("one"));
        ClassArchive first = ClassArchive.in(work.resolve("cache"), jvm);
        assertNotNull(first);
        assertTrue(first.training());
        Path partial = partialOf(first);
        assertFalse(Files.exists(first.file()));

        Files.write(partial, ARCHIVE); // what -XX:ArchiveClassesAtExit writes at exit
        first.settle(143);                          // stopped by SIGTERM after serving

        assertTrue(Files.isRegularFile(first.file()));
        assertFalse(Files.exists(partial));
        ClassArchive second = ClassArchive.in(work.resolve("cache"), jvm);
        assertFalse(second.training());
        assertEquals(first.file(), second.file());
        assertEquals(List.of("-XX:SharedArchiveFile=" + first.file(), "-Xlog:cds=off,cds+dynamic=off"),
                second.jvmOptions());
    }

    @Test
    void theFirstStartOfABuildOnlyLeavesAMarkTheSecondTrainsAndTheMarkGoesWithTheArchive() throws Exception {
        JvmCommandLine jvm = jvm(jar("one"));
        assertTrue(ClassArchive.in(work.resolve("cache"), jvm).firstSight(), "a fresh CI runner pays no archive writing");
        ClassArchive second = ClassArchive.in(work.resolve("cache"), jvm);
        assertTrue(second.training());
        assertFalse(second.firstSight());

        Files.write(partialOf(second), ARCHIVE);
        second.settle(143);

        assertFalse(ClassArchive.in(work.resolve("cache"), jvm).firstSight());
        try (Stream<Path> files = Files.list(second.file().getParent())) {
            assertEquals(List.of(second.file()), files.toList(), "no mark left beside the archive");
        }
    }

    @Test
    void theArchiveOfARunThatFailedIsDropped() throws Exception {
        ClassArchive archive = ClassArchive.in(work.resolve("cache"), jvm(jar("one")));
        Path partial = partialOf(archive);
        Files.write(partial, ARCHIVE);

        archive.settle(2); // e.g. refused settings: it loaded a fraction of the classes

        assertFalse(Files.exists(partial));
        assertFalse(Files.exists(archive.file()));
    }

    @Test
    void aRebuiltJarGetsANewArchiveAndTheOldOneIsRemoved() throws Exception {
        Path jar = jar("one");
        ClassArchive old = trained(jvm(jar));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        assertTrue(ClassArchive.in(work.resolve("cache"), jvm(jar)).firstSight()); // a build started once only
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));

        ClassArchive rebuilt = ClassArchive.in(work.resolve("cache"), jvm(jar));
        assertTrue(rebuilt.training());
        assertTrue(rebuilt.firstSight());
        assertNotEquals(old.file(), rebuilt.file());
        Files.write(partialOf(rebuilt), ARCHIVE);
        rebuilt.settle(130);

        assertTrue(Files.exists(rebuilt.file()));
        assertFalse(Files.exists(old.file()), "the earlier builds' archives and marks are removed");
        try (Stream<Path> files = Files.list(rebuilt.file().getParent())) {
            assertEquals(List.of(rebuilt.file()), files.toList());
        }
    }

    @Test
    void otherJarsAndOtherJvmOptionsKeepTheirOwnArchives() throws Exception {
        ClassArchive one = trained(jvm(jar("one")));
        ClassArchive two = trained(jvm(jar("two")));
        ClassArchive bigHeap = ClassArchive.in(work.resolve("cache"),
                new JvmCommandLine("java", List.of("-Xmx4g"), jar("one").toString(), List.of()));

        assertTrue(bigHeap.training());
        Files.write(partialOf(bigHeap), ARCHIVE);
        bigHeap.settle(143);

        assertTrue(Files.exists(one.file()), "switching options does not throw the other archive away");
        assertTrue(Files.exists(two.file()));
        assertTrue(Files.exists(bigHeap.file()));
    }

    private ClassArchive trained(JvmCommandLine jvm) throws Exception {
        ClassArchive archive = ClassArchive.in(work.resolve("cache"), jvm);
        Files.write(partialOf(archive), ARCHIVE);
        archive.settle(143);
        return archive;
    }

    private static Path partialOf(ClassArchive archive) {
        String option = archive.jvmOptions().get(0);
        assertTrue(option.startsWith("-XX:ArchiveClassesAtExit="), option);
        return Path.of(option.substring(option.indexOf('=') + 1));
    }

    private Path jar(String name) throws Exception {
        Path directory = Files.createDirectories(work.resolve(name));
        Path jar = directory.resolve("upki-sim.jar");
        if (!Files.exists(jar)) {
            Files.write(jar, name.getBytes());
        }
        return jar;
    }

    private static JvmCommandLine jvm(Path jar) {
        return new JvmCommandLine("java", List.of(), jar.toString(), List.of());
    }

    @Test
    void aFileThatIsNoArchiveIsTrainedOver() throws Exception {
        ClassArchive trained = trained(jvm(jar("one")));
        Files.write(trained.file(), new byte[] {'g', 'a', 'r', 'b', 'a', 'g', 'e'});

        ClassArchive again = ClassArchive.in(work.resolve("cache"), jvm(jar("one")));
        assertTrue(again.training(), "a JVM would run without it, silently, at every start");
        Files.write(partialOf(again), ARCHIVE);
        again.settle(143);

        assertEquals(ARCHIVE.length, Files.size(again.file()));
    }

    @Test
    void partialFilesOfKilledRunsAreRemovedOnceTheyAreADayOld() throws Exception {
        Path directory = Files.createDirectories(work.resolve("cache").resolve("cds"));
        Path abandoned = Files.write(directory.resolve("upki-sim-a-b-c.jsa.123.partial"), ARCHIVE);
        Files.setLastModifiedTime(abandoned, FileTime.fromMillis(System.currentTimeMillis() - 25 * 3600 * 1000L));
        Path running = Files.write(directory.resolve("upki-sim-a-b-c.jsa.456.partial"), ARCHIVE);

        ClassArchive.in(work.resolve("cache"), jvm(jar("one")));

        assertFalse(Files.exists(abandoned));
        assertTrue(Files.exists(running), "a young partial file may be a running server's");
    }

    @Test
    void theArchivesLiveInTheCachesCdsDirectory() throws Exception {
        ClassArchive archive = trained(jvm(jar("one")));
        try (Stream<Path> files = Files.list(work.resolve("cache").resolve("cds"))) {
            assertEquals(List.of(archive.file()), files.toList());
        }
    }
}

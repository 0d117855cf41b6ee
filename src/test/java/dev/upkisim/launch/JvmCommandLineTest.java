package dev.upkisim.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JvmCommandLineTest {
    @Test
    void theOptionsBeforeJarTheJarAndTheArgumentsAfterItAreTold() {
        JvmCommandLine line = JvmCommandLine.parse("/usr/bin/java",
                List.of("-Xmx2g", "-Dfoo=bar", "-jar", "target/upki-sim.jar", "serve", "--http-port", "0"));

        assertEquals("/usr/bin/java", line.java());
        assertEquals(List.of("-Xmx2g", "-Dfoo=bar"), line.options());
        assertEquals("target/upki-sim.jar", line.jar());
        assertEquals(List.of("serve", "--http-port", "0"), line.arguments());
        assertFalse(line.choosesClassArchive());
    }

    @Test
    void aJvmStartedWithoutJarIsNotRelaunched() {
        assertNull(JvmCommandLine.parse("java", List.of("-cp", "upki-sim.jar", "dev.upkisim.Main")));
        assertNull(JvmCommandLine.parse("java", List.of("-jar")));
    }

    @Test
    void classSharingOptionsOfTheUserAreTheirChoice() {
        for (String option : List.of("-Xshare:off", "-Xshare:auto", "-XX:SharedArchiveFile=/tmp/a.jsa",
                "-XX:ArchiveClassesAtExit=/tmp/a.jsa")) {
            assertTrue(JvmCommandLine.parse("java", List.of(option, "-jar", "x.jar")).choosesClassArchive(), option);
        }
    }

    @Test
    void thisJvmsOwnCommandLineIsReadFromTheSystem() {
        // surefire starts the test JVM as "java [options] -jar surefirebooter….jar …"
        JvmCommandLine line = JvmCommandLine.ofThisProcess();
        assertNotNull(line);
        assertEquals(ProcessHandle.current().info().command().orElseThrow(), line.java());
        assertTrue(line.jar().endsWith(".jar") && line.jar().contains("surefire"), line.jar());
        assertEquals(List.of(ProcessHandle.current().info().arguments().orElseThrow()),
                concat(line.options(), List.of("-jar", line.jar()), line.arguments()));
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }
}

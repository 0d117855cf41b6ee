package dev.upkisim.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class ProcSelfTest {
    @Test
    void statFieldsAreNumberedAsProcFiveHasThem() throws Exception {
        String[] fields = ProcSelf.statFields();
        assertTrue(fields[3 - 3].matches("[RSDTtZXIWKP]"), "field 3, the state: " + fields[3 - 3]);
        assertEquals(ProcessHandle.current().parent().orElseThrow().pid(), Long.parseLong(fields[4 - 3]), "field 4: ppid");
    }

    @Test
    void theProcessAgeIsTheJvmsUptimeToTheKernelsTenMilliseconds() {
        long jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long age = ProcessAge.millis().orElseThrow();
        assertTrue(age >= jvmUptime - 20 && age <= jvmUptime + 2_000, age + " ms against the JVM's " + jvmUptime + " ms");
    }
}

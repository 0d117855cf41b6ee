package dev.upkisim.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OwnPidTest {
    @Test
    void isTheIdTheJdkKnowsThisProcessBy() {
        assertEquals(ProcessHandle.current().pid(), OwnPid.get());
    }
}

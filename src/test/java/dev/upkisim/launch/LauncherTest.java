package dev.upkisim.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.config.SettingsCatalog;
import org.junit.jupiter.api.Test;

class LauncherTest {
    @Test
    void onlyTheServeCommandIsServedFromASecondJvm() {
        assertTrue(Launcher.serves(new String[0]));
        assertTrue(Launcher.serves(new String[] {"serve"}));
        assertTrue(Launcher.serves(new String[] {"--data", "d", "--http-port", "0"}));
        assertFalse(Launcher.serves(new String[] {"tsv", "check", "a.tsv"}));
        assertFalse(Launcher.serves(new String[] {"p12", "inspect", "a.p12"}));
        assertFalse(Launcher.serves(new String[] {"--help"}));
        assertFalse(Launcher.serves(new String[] {"serve", "--version"}));
    }

    @Test
    void theCdsSettingComesFromTheFlagBeforeTheEnvironmentAndIsAutoByDefault() {
        assertTrue(Launcher.classArchiveChosen(new String[0], null));
        assertTrue(Launcher.classArchiveChosen(new String[0], "auto"));
        assertFalse(Launcher.classArchiveChosen(new String[0], "off"));
        assertFalse(Launcher.classArchiveChosen(new String[] {"--cds", "off"}, "auto"));
        assertFalse(Launcher.classArchiveChosen(new String[] {"--cds=off"}, null));
        assertTrue(Launcher.classArchiveChosen(new String[] {"--cds", "auto"}, "off"));
        // anything else is served in this JVM, whose settings loader refuses it with its message
        assertFalse(Launcher.classArchiveChosen(new String[0], "maybe"));
        assertFalse(Launcher.classArchiveChosen(new String[] {"--cds", "yes"}, null));
    }

    @Test
    void onlyHotSpotGetsHotSpotsOptions() {
        assertTrue(Launcher.isHotSpot("OpenJDK 64-Bit Server VM"));
        assertTrue(Launcher.isHotSpot("Java HotSpot(TM) 64-Bit Server VM"));
        assertTrue(Launcher.isHotSpot(System.getProperty("java.vm.name")), "the JVM the tests run on");
        assertFalse(Launcher.isHotSpot("Eclipse OpenJ9 VM"));
    }

    @Test
    void theLauncherReadsTheSameNamesAsTheSettingsCatalogue() {
        assertEquals(SettingsCatalog.CDS.flag(), Launcher.FLAG);
        assertEquals(SettingsCatalog.CDS.environmentVariable(), Launcher.ENVIRONMENT);
        assertEquals("auto", SettingsCatalog.CDS.defaultValue());
    }

    @Test
    void theStartIsTheLaunchersWhenOneIsNamedElseThisProcesssOwn() {
        long now = System.currentTimeMillis();
        long started = Launcher.startedAtMillis();
        assertTrue(started <= now && started > now - 600_000, "started " + (now - started) + " ms ago");
        String previous = System.setProperty(Launcher.LAUNCHED_AT, "1234");
        try {
            assertEquals(1234, Launcher.startedAtMillis());
        } finally {
            System.clearProperty(Launcher.LAUNCHED_AT);
            if (previous != null) {
                System.setProperty(Launcher.LAUNCHED_AT, previous);
            }
        }
    }
}

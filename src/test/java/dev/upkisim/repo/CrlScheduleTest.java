package dev.upkisim.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.config.Settings;
import dev.upkisim.config.SettingsCatalog;
import dev.upkisim.support.Crls;
import dev.upkisim.support.Eventually;
import dev.upkisim.support.RunningSimulator;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CRLs are republished before nextUpdate on the simulated clock, numbered on, and kept across restarts. */
class CrlScheduleTest {
    @TempDir
    Path data;

    @Test
    void aNewCrlIsPublishedHalfwayToNextUpdateOnTheSimulatedClockWithAGreaterNumber() {
        Settings settings = Settings.forTests(data).with(SettingsCatalog.SIM_TOKEN, RunningSimulator.TOKEN)
                .with(SettingsCatalog.CRL_VALIDITY, Duration.ofHours(6));
        try (RunningSimulator sim = RunningSimulator.start(settings)) {
            X509CRL first = Crls.current(sim, "server");
            assertEquals(Duration.ofHours(6), Duration.between(first.getThisUpdate().toInstant(), first.getNextUpdate().toInstant()));
            Instant advanced = sim.simulator().clock().now().plus(Duration.ofHours(4)).minusSeconds(1);
            assertEquals(200, sim.withToken("POST", "/sim/clock", "{\"advance\": \"PT4H\"}").statusCode());
            X509CRL second = Eventually.await("a republished CRL", () -> {
                X509CRL crl = Crls.current(sim, "server");
                return Crls.number(crl).compareTo(Crls.number(first)) > 0 ? Optional.of(crl) : Optional.empty();
            });
            Instant thisUpdate = second.getThisUpdate().toInstant();
            assertTrue(!thisUpdate.isBefore(advanced) && !thisUpdate.isAfter(sim.simulator().clock().now()),
                    "thisUpdate " + thisUpdate + " is the simulated now, 4 h on from " + first.getThisUpdate().toInstant());
            assertEquals(Duration.ofHours(6), Duration.between(thisUpdate, second.getNextUpdate().toInstant()));
        }
    }

    @Test
    void theCrlNumberKeepsGrowingAfterARestart() {
        Settings settings = Settings.forTests(data).with(SettingsCatalog.SIM_TOKEN, RunningSimulator.TOKEN);
        BigInteger before;
        try (RunningSimulator sim = RunningSimulator.start(settings)) {
            before = Crls.number(Crls.current(sim, "client"));
            assertEquals(200, sim.withToken("POST", "/sim/clock", "{\"advance\": \"PT13H\"}").statusCode());
            Eventually.await("a republished CRL", () -> Crls.number(Crls.current(sim, "client")).compareTo(before) > 0
                    ? Optional.of(true) : Optional.empty());
        }
        try (RunningSimulator sim = RunningSimulator.start(settings)) {
            assertTrue(Crls.number(Crls.current(sim, "client")).compareTo(before.add(BigInteger.ONE)) >= 0);
        }
    }
}

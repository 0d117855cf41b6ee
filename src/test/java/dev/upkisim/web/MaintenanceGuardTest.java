package dev.upkisim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.upkisim.core.ServiceFace;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which paths a window guards, and Retry-After (RFC 9110 §10.2.3: delay-seconds) at the clock's speed. */
class MaintenanceGuardTest {
    @ParameterizedTest(name = "{0} left at speed {1}, frozen {2} → Retry-After {3}")
    @CsvSource({
            "PT1H,   1,   false, 3600",
            "PT1H,   60,  false, 60",
            "PT1H,   0.5, false, 7200",
            "PT1H,   60,  true,  3600",
            "PT0.4S, 1,   false, 1",
            "PT0S,   1,   false, 1",
            "PT1M0.2S, 1, false, 61"})
    void retryAfterIsTheRealSecondsUntilTheEndRoundedUpAndAtLeastOne(String left, double speed, boolean frozen, long seconds) {
        assertEquals(seconds, MaintenanceGuard.retryAfterSeconds(Duration.parse(left), speed, frozen));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "/jupki,                           JUPKI",
            "/jupki/login,                     JUPKI",
            "/upki-odcert/lra/SSLLogin.do,     UPKI",
            "/acme/new-order,                  ACME",
            "/repo/p12-doctor,                 REPO",
            "/sim/maintenance,                 ''",
            "/jupkix,                          ''",
            "/,                                ''"})
    void pathsBelongToFacesByPrefix(String path, String face) {
        assertEquals(face.isEmpty() ? Optional.empty() : Optional.of(ServiceFace.valueOf(face)), MaintenanceGuard.faceOf(path));
    }
}

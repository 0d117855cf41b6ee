package dev.upkisim.ca;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.upkisim.core.CertificateProfile;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerValidityTest {

    @ParameterizedTest(name = "from {0}: {1} days")
    @CsvSource({
            "2025-11-01T00:00:00Z, 398",
            "2026-03-03T14:59:59Z, 398",
            "2026-03-03T15:00:00Z, 198",
            "2026-03-04T00:00:00Z, 198",
            "2026-11-26T15:07:00Z, 198",
    })
    void lasts398DaysBeforeTheFourthOfMarch2026InJapanAnd198From(Instant start, int days) {
        EndEntityValidity validity = ServerValidity.of(start);
        assertEquals(start, validity.notBefore());
        assertEquals(Duration.ofDays(days), ServerValidity.period(validity), "both ends included (BR 6.3.2)");
        assertEquals(start.plus(Duration.ofDays(days)).minusSeconds(1), validity.notAfter());
    }

    @Test
    void startsOnAWholeSecondAndIsWhatTheServerProfileGets() {
        Instant start = Instant.parse("2026-04-01T09:30:15.789Z");
        EndEntityValidity validity = EndEntityValidity.of(CertificateProfile.SERVER, start);
        assertEquals(Instant.parse("2026-04-01T09:30:15Z"), validity.notBefore());
        assertEquals(Instant.parse("2026-10-16T09:30:14Z"), validity.notAfter());
    }
}

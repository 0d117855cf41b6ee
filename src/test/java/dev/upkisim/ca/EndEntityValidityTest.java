package dev.upkisim.ca;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.upkisim.core.CertificateProfile;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndEntityValidityTest {

    @ParameterizedTest(name = "{0} from {1} ends {2}")
    @CsvSource({
            "CLIENT_48_MONTHS, 2026-04-01T00:00:00Z, 2030-04-01T00:00:00Z",
            "CLIENT_13_MONTHS, 2026-04-01T09:30:15Z, 2027-05-01T09:30:15Z",
            "CLIENT_25_MONTHS, 2026-04-01T09:30:15Z, 2028-05-01T09:30:15Z",
            "SMIME_27_MONTHS,  2026-04-01T09:30:15Z, 2028-07-01T09:30:15Z",
            "SMIME_13_MONTHS,  2026-12-15T23:59:59Z, 2028-01-15T23:59:59Z",
            "SMIME_25_MONTHS,  2026-04-01T09:30:15Z, 2028-05-01T09:30:15Z",
            "RA_OPERATOR,      2026-04-01T09:30:15Z, 2028-04-01T09:30:15Z",
    })
    void endsTheProfilesNumberOfCalendarMonthsLaterWithNothingTakenOff(CertificateProfile profile, Instant start,
                                                                      Instant end) {
        EndEntityValidity validity = EndEntityValidity.of(profile, start);
        assertEquals(start, validity.notBefore());
        assertEquals(end, validity.notAfter());
    }

    @ParameterizedTest(name = "{1} + {0} ends {2}")
    @CsvSource({
            "CLIENT_13_MONTHS, 2027-01-31T12:00:00Z, 2028-02-29T12:00:00Z",
            "CLIENT_13_MONTHS, 2026-01-31T12:00:00Z, 2027-02-28T12:00:00Z",
            "CLIENT_25_MONTHS, 2026-03-31T12:00:00Z, 2028-04-30T12:00:00Z",
            "CLIENT_48_MONTHS, 2028-02-29T12:00:00Z, 2032-02-29T12:00:00Z",
            "SMIME_27_MONTHS,  2028-02-29T12:00:00Z, 2030-05-29T12:00:00Z",
    })
    void endsOnTheLastDayOfAShorterTargetMonth(CertificateProfile profile, Instant start, Instant end) {
        assertEquals(end, EndEntityValidity.of(profile, start).notAfter());
    }

    @Test
    void countsMonthsInUtcWhateverTheHourInJapan() {
        // 2026-01-31T20:00Z is already 1 February in Japan; the count stays in UTC.
        assertEquals(Instant.parse("2027-02-28T20:00:00Z"),
                EndEntityValidity.of(CertificateProfile.CLIENT_13_MONTHS, Instant.parse("2026-01-31T20:00:00Z")).notAfter());
    }

    @Test
    void dropsFractionsOfASecondBecauseCertificatesCannotCarryThem() {
        EndEntityValidity validity = EndEntityValidity.of(CertificateProfile.CLIENT_13_MONTHS,
                Instant.parse("2026-04-01T09:30:15.987654321Z"));
        assertEquals(Instant.parse("2026-04-01T09:30:15Z"), validity.notBefore());
        assertEquals(Instant.parse("2027-05-01T09:30:15Z"), validity.notAfter());
    }
}

package dev.upkisim.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClockAmountTest {
    @ParameterizedTest
    @CsvSource({
            "P30D, P30D, PT0S",
            "P1M, P1M, PT0S",
            "PT2H, P0D, PT2H",
            "P1Y2M3DT4H5M, P1Y2M3D, PT4H5M",
            "p1d, P1D, PT0S"})
    void splitsIntoCalendarAndTimeParts(String text, String calendar, String time) {
        ClockAmount amount = ClockAmount.parse(text);
        assertEquals(Period.parse(calendar), amount.calendar());
        assertEquals(Duration.parse(time), amount.time());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P", "30d", "P1H", "PT", "tomorrow", "P1.5D"})
    void refusesWhatIsNotAnIsoDuration(String text) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ClockAmount.parse(text));
        assertEquals(true, error.getMessage().contains("ISO-8601"));
    }
}

package dev.upkisim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text form of a delay, as settings, scenario files and the API's views write it (SPEC 1.6). */
class DelayDistributionTest {

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', value = {
            "PT5M                     | fixed PT5M",
            "fixed PT0S               | fixed PT0S",
            "  Fixed   pt2s           | fixed PT2S",
            "uniform PT1M PT10M       | uniform PT1M PT10M",
            "lognormal PT10M PT70M    | lognormal PT10M PT1H10M",
            "log-normal PT10M PT1H    | lognormal PT10M PT1H"})
    void theTextFormReadsBackAsItIsWritten(String text, String written) {
        DelayDistribution distribution = DelayDistribution.parse(text);
        assertEquals(written, distribution.text());
        assertEquals(distribution, DelayDistribution.parse(distribution.text()));
    }

    @ParameterizedTest(name = "\"{0}\" is refused saying {1}")
    @CsvSource(delimiter = '|', value = {
            "''                       | is not a delay; allowed: fixed DURATION, uniform MIN MAX or lognormal MEDIAN P95",
            "soon                     | 'soon' is not a delay; allowed",
            "fixed                    | is not a delay",
            "gaussian PT1M PT2M       | is not a delay",
            "uniform PT10M PT1M       | max PT1M is below min PT10M",
            "fixed soon               | 'soon' is not an ISO-8601 duration",
            "uniform PT1M             | is not a delay",
            "lognormal PT70M PT10M    | needs 1 ms <= median <= p95",
            "lognormal PT0S PT10M     | needs 1 ms <= median <= p95",
            "fixed -PT1M              | is negative"})
    void aWrongTextIsRefusedWithWhatIsAllowed(String text, String message) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> DelayDistribution.parse(text));
        assertTrue(error.getMessage().contains(message), error.getMessage());
    }

    @Test
    void aDistributionBeyondItsLimitIsRefusedSayingWhy() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> DelayDistribution.within(
                DelayDistribution.parse("lognormal PT10S PT10M"), DelayDistribution.REQUEST_LIMIT, "the browser waits"));
        assertEquals("'lognormal PT10S PT10M' goes beyond PT5M (the browser waits); allowed: at most PT5M", error.getMessage());
        assertEquals(Duration.ofMinutes(5), DelayDistribution.within(DelayDistribution.parse("uniform PT0S PT5M"),
                DelayDistribution.REQUEST_LIMIT, "").upperBound());
    }
}

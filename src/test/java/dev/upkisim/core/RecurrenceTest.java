package dev.upkisim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The arithmetic of recurring maintenance windows (SPEC 1.6), on instants only: no clock, no sleeping. */
class RecurrenceTest {
    private static final Recurrence THIRD_SATURDAY = rule(new Recurrence.MonthlyNth(3, DayOfWeek.SATURDAY), "09:00", "18:00");

    private static Recurrence rule(Recurrence.Every every, String from, String to) {
        return new Recurrence(every, LocalTime.parse(from), LocalTime.parse(to), Recurrence.JAPAN);
    }

    private static List<String> starts(List<TimeSpan> spans) {
        return spans.stream().map(span -> span.start() + "/" + span.end()).toList();
    }

    @Test
    void theThirdSaturdayNineToSixJstFollowsTheMonthsAcrossTheYearBoundary() {
        List<TimeSpan> next = THIRD_SATURDAY.spans(Instant.parse("2026-11-26T17:00:00Z"), Instant.MAX, 4);
        assertEquals(List.of(
                "2026-12-19T00:00:00Z/2026-12-19T09:00:00Z",
                "2027-01-16T00:00:00Z/2027-01-16T09:00:00Z",
                "2027-02-20T00:00:00Z/2027-02-20T09:00:00Z",
                "2027-03-20T00:00:00Z/2027-03-20T09:00:00Z"), starts(next));
    }

    @Test
    void aMonthThatBeginsOnSaturdayHasItsThirdSaturdayOnTheFifteenth() {
        // 2026-08-01 and 2027-05-01 are Saturdays
        assertEquals(List.of("2026-08-15T00:00:00Z/2026-08-15T09:00:00Z", "2026-09-19T00:00:00Z/2026-09-19T09:00:00Z"),
                starts(THIRD_SATURDAY.spans(Instant.parse("2026-08-01T00:00:00Z"), Instant.MAX, 2)));
        assertEquals("2027-05-15T00:00:00Z/2027-05-15T09:00:00Z",
                starts(THIRD_SATURDAY.spans(Instant.parse("2027-05-01T00:00:00Z"), Instant.MAX, 1)).get(0));
    }

    @ParameterizedTest(name = "{0} → active {1}")
    @CsvSource({
            "2026-12-18T23:59:59Z, false", // 08:59:59 JST
            "2026-12-19T00:00:00Z, true",  // 09:00 JST: the start belongs to the window
            "2026-12-19T08:59:59Z, true",
            "2026-12-19T09:00:00Z, false", // 18:00 JST: the end does not
            "2026-12-12T03:00:00Z, false", // the 2nd Saturday
            "2026-12-26T03:00:00Z, false"}) // the 4th
    void isActiveFromTheStartUpToButNotIncludingTheEnd(String instant, boolean active) {
        assertEquals(active, THIRD_SATURDAY.spanAt(Instant.parse(instant)).isPresent());
    }

    @Test
    void japanHasNoDaylightSavingSoNineJstIsMidnightUtcInWinterAndSummer() {
        List<TimeSpan> year = THIRD_SATURDAY.spans(Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2028-01-01T00:00:00Z"), 20);
        assertEquals(12, year.size());
        for (TimeSpan span : year) {
            assertEquals(0, span.start().atZone(ZoneId.of("UTC")).getHour(), span.toString());
            assertEquals(9, span.length().toHours(), span.toString());
        }
    }

    @Test
    void aWindowPastMidnightEndsTheNextDayAndIsFoundFromThatDay() {
        Recurrence nightly = rule(new Recurrence.Daily(), "22:00", "02:00");
        // 2027-02-01 01:00 JST: inside the window that began on 31 January
        TimeSpan current = nightly.spanAt(Instant.parse("2027-01-31T16:00:00Z")).orElseThrow();
        assertEquals(Instant.parse("2027-01-31T13:00:00Z"), current.start());
        assertEquals(Instant.parse("2027-01-31T17:00:00Z"), current.end());
        assertFalse(nightly.spanAt(Instant.parse("2027-01-31T17:00:00Z")).isPresent(), "02:00 JST is the end");
    }

    @Test
    void weeklyAndLastOfTheMonthRules() {
        Recurrence mondays = rule(new Recurrence.Weekly(DayOfWeek.MONDAY), "07:00", "08:00");
        assertEquals(List.of("2026-11-29T22:00:00Z/2026-11-29T23:00:00Z", "2026-12-06T22:00:00Z/2026-12-06T23:00:00Z"),
                starts(mondays.spans(Instant.parse("2026-11-26T00:00:00Z"), Instant.MAX, 2)));
        Recurrence lastFriday = rule(new Recurrence.MonthlyNth(-1, DayOfWeek.FRIDAY), "20:00", "23:00");
        assertEquals(List.of("2026-11-27T11:00:00Z/2026-11-27T14:00:00Z", "2026-12-25T11:00:00Z/2026-12-25T14:00:00Z",
                "2027-01-29T11:00:00Z/2027-01-29T14:00:00Z"),
                starts(lastFriday.spans(Instant.parse("2026-11-01T00:00:00Z"), Instant.MAX, 3)));
    }

    @Test
    void aFifthSaturdaySkipsTheMonthsThatHaveNone() {
        Recurrence fifth = rule(new Recurrence.MonthlyNth(5, DayOfWeek.SATURDAY), "09:00", "10:00");
        // 2026: January, May, August and October have five Saturdays
        assertEquals(List.of("2026-01-31", "2026-05-30", "2026-08-29", "2026-10-31"),
                fifth.spans(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"), 10).stream()
                        .map(span -> span.start().atZone(Recurrence.JAPAN).toLocalDate().toString()).toList());
    }

    @Test
    void spansBetweenTwoInstantsAreThoseThatOverlapThem() {
        List<TimeSpan> december = THIRD_SATURDAY.spans(Instant.parse("2026-12-19T05:00:00Z"),
                Instant.parse("2027-01-16T00:00:00Z"), 10);
        assertEquals(List.of("2026-12-19T00:00:00Z/2026-12-19T09:00:00Z"), starts(december),
                "the going-on one counts, the one starting exactly at the end does not");
    }

    @Test
    void describesItselfInJapaneseAndEnglish() {
        assertEquals("毎月第3土曜日 09:00〜18:00（Asia/Tokyo）", THIRD_SATURDAY.describe().ja());
        assertEquals("every 3rd Saturday, 09:00–18:00 (Asia/Tokyo)", THIRD_SATURDAY.describe().en());
    }

    @Test
    void refusesAnEmptyWindowAndAnImpossibleNth() {
        assertThrows(IllegalArgumentException.class, () -> rule(new Recurrence.Daily(), "09:00", "09:00"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new Recurrence.MonthlyNth(6, DayOfWeek.SATURDAY));
        assertTrue(error.getMessage().contains("1 to 5, or -1"), error.getMessage());
    }
}

package dev.upkisim.core;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A recurring maintenance window (SPEC 1.6), e.g. "every 3rd Saturday, 09:00–18:00 Asia/Tokyo": on each day the rule
 * picks, from {@code from} to {@code to} local time in {@code zone}; a {@code to} at or before {@code from} ends on the
 * next day (22:00–02:00). Local times are turned into instants with {@link ZonedDateTime#of}, so in a zone with
 * daylight saving a time in the spring gap moves forward; Japan has none.
 */
public record Recurrence(Every every, LocalTime from, LocalTime to, ZoneId zone) implements MaintenanceTiming {
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    /** Days looked at for one occurrence before giving up: every rule picks a day at least once a quarter. */
    private static final int SEARCH_DAYS = 400;

    public Recurrence {
        if (from.equals(to)) {
            throw new IllegalArgumentException("from and to are both " + from + "; a window needs a length");
        }
    }

    /** Which days the window falls on. */
    public sealed interface Every permits Daily, Weekly, MonthlyNth {
        boolean picks(LocalDate day);

        LocalizedText describe();
    }

    /** Every day. */
    public record Daily() implements Every {
        @Override
        public boolean picks(LocalDate day) {
            return true;
        }

        @Override
        public LocalizedText describe() {
            return new LocalizedText("毎日", "every day");
        }
    }

    /** Every {@code weekday}. */
    public record Weekly(DayOfWeek weekday) implements Every {
        @Override
        public boolean picks(LocalDate day) {
            return day.getDayOfWeek() == weekday;
        }

        @Override
        public LocalizedText describe() {
            return new LocalizedText("毎週" + japanese(weekday), "every " + english(weekday));
        }
    }

    /** The {@code nth} (1–5) weekday of each month, or the last one ({@code nth} = -1). */
    public record MonthlyNth(int nth, DayOfWeek weekday) implements Every {
        public MonthlyNth {
            if (nth != -1 && (nth < 1 || nth > 5)) {
                throw new IllegalArgumentException("nth must be 1 to 5, or -1 for the last " + english(weekday) + " of the month");
            }
        }

        @Override
        public boolean picks(LocalDate day) {
            if (day.getDayOfWeek() != weekday) {
                return false;
            }
            return nth == -1 ? day.plusWeeks(1).getMonth() != day.getMonth() : (day.getDayOfMonth() - 1) / 7 + 1 == nth;
        }

        @Override
        public LocalizedText describe() {
            return nth == -1 ? new LocalizedText("毎月最終" + japanese(weekday), "the last " + english(weekday) + " of every month")
                    : new LocalizedText("毎月第" + nth + japanese(weekday), "every " + ordinal(nth) + " " + english(weekday));
        }

        private static String ordinal(int n) {
            return n + switch (n) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
        }
    }

    /** The occurrence that begins on {@code day}, if the rule picks that day. */
    public TimeSpan on(LocalDate day) {
        Instant start = ZonedDateTime.of(day, from, zone).toInstant();
        Instant end = ZonedDateTime.of(to.isAfter(from) ? day : day.plusDays(1), to, zone).toInstant();
        return new TimeSpan(start, end);
    }

    @Override
    public List<TimeSpan> spans(Instant from, Instant to, int limit) {
        List<TimeSpan> found = new ArrayList<>();
        LocalDate day = from.atZone(zone).toLocalDate().minusDays(1); // yesterday's may run past midnight
        int daysWithout = 0;
        while (found.size() < limit && daysWithout < SEARCH_DAYS) {
            if (every.picks(day)) {
                TimeSpan span = on(day);
                if (!span.start().isBefore(to)) {
                    break;
                }
                if (span.overlaps(from, to)) {
                    found.add(span);
                }
                daysWithout = 0;
            } else {
                daysWithout++;
            }
            day = day.plusDays(1);
        }
        return found;
    }

    public Duration length() {
        Duration length = Duration.between(from, to);
        return length.isNegative() ? length.plusDays(1) : length;
    }

    /** "毎月第3土曜日 09:00〜18:00（Asia/Tokyo）" / "every 3rd Saturday, 09:00–18:00 (Asia/Tokyo)". */
    public LocalizedText describe() {
        LocalizedText days = every.describe();
        return new LocalizedText(days.ja() + " " + from + "〜" + to + "（" + zone.getId() + "）",
                days.en() + ", " + from + "–" + to + " (" + zone.getId() + ")");
    }

    static String japanese(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.JAPANESE);
    }

    static String english(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}

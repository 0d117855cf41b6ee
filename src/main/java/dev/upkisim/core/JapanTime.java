package dev.upkisim.core;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Instants as people in Japan read them (JST, the service's own time: the seed's maintenance notices and the real
 * pages give times in Japan time), for pages, notices and the timeline's reasons.
 */
public final class JapanTime {
    private static final DateTimeFormatter PLAIN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'JST'", Locale.ROOT)
            .withZone(Recurrence.JAPAN);
    private static final DateTimeFormatter JAPANESE = DateTimeFormatter.ofPattern("yyyy年M月d日(E) H:mm", Locale.JAPANESE)
            .withZone(Recurrence.JAPAN);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm 'JST'", Locale.ENGLISH)
            .withZone(Recurrence.JAPAN);

    private JapanTime() {
    }

    /** "2026-12-19 18:00 JST": for the timeline and logs. */
    public static String plain(Instant instant) {
        return PLAIN.format(instant);
    }

    /** "2026年12月19日(土) 18:00" or "Sat 19 Dec 2026, 18:00 JST": for pages. */
    public static String in(Language language, Instant instant) {
        return (language == Language.EN ? ENGLISH : JAPANESE).format(instant);
    }
}

package dev.upkisim.ca;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The 398/198-day rule: how long a server certificate is valid, decided by its {@code notBefore} on the
 * simulated clock (SPEC 1.2, 1.6).
 *
 * <ul>
 *   <li><b>398 days</b> for certificates whose validity starts before 2026-03-04: the CA/Browser Forum Baseline
 *       Requirements' maximum (BR 6.3.2, in force since 2020-09-01).</li>
 *   <li><b>198 days</b> from 2026-03-04: UPKI shortens its server certificates after the maintenance of that day
 *       (NII announcement 「TLSサーバ証明書の有効期間短縮とACMEプロトコル導入のお知らせ」, as relayed by
 *       exgen.co.jp/support/119, 2026-01-16: 「2026年3月4日に実施が予定されている UPKI のメンテナンス終了後から
 *       有効期間が 198 日間となる予定」). That stays inside ballot SC-081's 200 days from 2026-03-15.</li>
 * </ul>
 *
 * The switch-over instant is the start of 2026-03-04 in Japan (00:00 JST = 2026-03-03T15:00Z) — our choice: the
 * real change took effect after a maintenance window that day, whose end time we do not know.
 *
 * <p>Counting follows BR 6.3.2 ("the validity period ... includes both notBefore and notAfter; a day is 86,400
 * seconds"): {@code notAfter = notBefore + days × 86,400 s − 1 s}, so the period, both ends included, is exactly
 * the number of days and never one second more. {@code notBefore} is cut to whole seconds (RFC 5280 4.1.2.5).
 */
public final class ServerValidity {
    /** The first day on which UPKI issues 198-day server certificates (JST). */
    public static final LocalDate SHORTER_FROM = LocalDate.of(2026, 3, 4);
    /** {@link #SHORTER_FROM} at 00:00 in Japan. */
    public static final Instant SHORTER_FROM_INSTANT = SHORTER_FROM.atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant();
    public static final int DAYS_BEFORE = 398;
    public static final int DAYS_FROM = 198;

    private ServerValidity() {
    }

    /** The validity of a server certificate whose period starts at {@code requestedStart}. */
    public static EndEntityValidity of(Instant requestedStart) {
        Instant start = requestedStart.truncatedTo(ChronoUnit.SECONDS);
        Instant end = start.plus(Duration.ofDays(days(start))).minusSeconds(1);
        return new EndEntityValidity(start, end);
    }

    /** 398 before 2026-03-04 (JST), 198 from then on. */
    public static int days(Instant notBefore) {
        return notBefore.isBefore(SHORTER_FROM_INSTANT) ? DAYS_BEFORE : DAYS_FROM;
    }

    /** The period a certificate covers, both ends included (BR 6.3.2): {@code notAfter − notBefore + 1 s}. */
    public static Duration period(EndEntityValidity validity) {
        return Duration.between(validity.notBefore(), validity.notAfter()).plusSeconds(1);
    }
}

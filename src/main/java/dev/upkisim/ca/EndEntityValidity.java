package dev.upkisim.ca;

import dev.upkisim.core.CertificateProfile;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The validity period of an end-entity certificate: the profile's months (SPEC 1.2, real: client 5 / 13 / 14
 * = 48 / 13 / 25 months, S/MIME 7 / 15 / 16 = 27 / 13 / 25 months).
 *
 * <p>The rule: {@code notBefore} is the requested start cut to whole seconds (X.509 times carry no fractions,
 * RFC 5280 4.1.2.5.1); {@code notAfter} is {@code notBefore} plus the profile's number of calendar months,
 * counted in UTC, with nothing taken off. Where the target month is shorter, the day is clamped to its last
 * day (31 January + 13 months = 28 or 29 February), as {@link java.time.OffsetDateTime#plusMonths} does.
 * RFC 5280 4.1.2.5 counts both ends as inside the period, so a certificate is valid for its months plus
 * the one second of {@code notAfter} itself; we accept that rather than end one second early.
 *
 * <p>Server certificates are counted in days and end one second early: {@link ServerValidity}.
 */
public record EndEntityValidity(Instant notBefore, Instant notAfter) {

    public static EndEntityValidity of(CertificateProfile profile, Instant requestedStart) {
        if (profile.kind() == CertificateProfile.Kind.SERVER) {
            return ServerValidity.of(requestedStart);
        }
        Instant start = requestedStart.truncatedTo(ChronoUnit.SECONDS);
        Instant end = start.atOffset(ZoneOffset.UTC).plusMonths(profile.validityMonths()).toInstant();
        return new EndEntityValidity(start, end);
    }
}

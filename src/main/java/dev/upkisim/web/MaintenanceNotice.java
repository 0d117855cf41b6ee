package dev.upkisim.web;

import dev.upkisim.core.LocalizedText;
import dev.upkisim.core.ServiceFace;
import java.time.Instant;

/**
 * What a face's maintenance page tells (SPEC 1.6): which face, the window's title, when it ends, and the
 * {@code Retry-After} already sent with it.
 *
 * @param retryAfterSeconds real seconds until the end (RFC 9110 §10.2.3 delay-seconds)
 */
public record MaintenanceNotice(ServiceFace face, String windowId, LocalizedText title, Instant start, Instant end,
                                long retryAfterSeconds) {
}

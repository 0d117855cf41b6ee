package dev.upkisim.doctor;

import java.util.List;

/**
 * One safe of the authenticated safe (RFC 7292 4.1): plain data, or encrypted data whose bags are only seen
 * with the password ({@code bags} is empty until then).
 */
public record SafeInfo(Protection protection, boolean opened, List<BagInfo> bags) {
}

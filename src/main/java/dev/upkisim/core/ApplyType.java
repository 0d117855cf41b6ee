package dev.upkisim.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an uploaded TSV file applies for: the upload page's {@code applyType} select (SPEC 1.2, real:
 * {@code 1} issue, {@code 2} renew, {@code 3} revoke). One file holds one kind of application only.
 */
public enum ApplyType {
    ISSUE(1, "発行"),
    RENEW(2, "更新"),
    REVOKE(3, "失効");

    private final int code;
    private final String label;

    ApplyType(int code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The value of the upload form's {@code applyType} field. */
    public int code() {
        return code;
    }

    /** The Japanese word the real screens use, e.g. 「発行」. */
    public String label() {
        return label;
    }

    public static Optional<ApplyType> byCode(int code) {
        return Arrays.stream(values()).filter(type -> type.code == code).findFirst();
    }

    /** {@code issue}, {@code renew} or {@code revoke} (any case), as the command line spells them. */
    public static Optional<ApplyType> byName(String name) {
        return Arrays.stream(values()).filter(type -> type.name().equals(name.toUpperCase(Locale.ROOT))).findFirst();
    }
}

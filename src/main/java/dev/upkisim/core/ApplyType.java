package dev.upkisim.core;

import java.util.Arrays;
import java.util.Optional;

/** The upload page's {@code applyType} (SPEC 1.2): 1 issue, 2 renew, 3 revoke. */
public enum ApplyType {
    ISSUE(1), RENEW(2), REVOKE(3);

    private final int code;

    ApplyType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<ApplyType> byCode(int code) {
        return Arrays.stream(values()).filter(type -> type.code == code).findFirst();
    }
}

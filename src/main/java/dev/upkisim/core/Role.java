package dev.upkisim.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a fixture user may do (SPEC 3). */
public enum Role {
    MEMBER, SERVER_ADMIN, RA_OPERATOR, CENTRE_STAFF;

    /** {@code member}, {@code server-admin}, {@code ra-operator}, {@code centre-staff}: the fixtures' spelling. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Role fromId(String id) {
        return Arrays.stream(values()).filter(role -> role.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role '" + id + "'; allowed: "
                        + Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", "))));
    }
}

package dev.upkisim.ca;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The root and the issuing CAs, one per role. */
public final class CaHierarchy {
    private final Map<CaRole, Authority> byRole = new EnumMap<>(CaRole.class);

    public CaHierarchy(List<Authority> authorities) {
        for (Authority authority : authorities) {
            if (byRole.put(authority.role(), authority) != null) {
                throw new IllegalArgumentException("two CAs for role " + authority.id());
            }
        }
    }

    public Authority root() {
        return get(CaRole.ROOT);
    }

    public Authority get(CaRole role) {
        Authority authority = byRole.get(role);
        if (authority == null) {
            throw new IllegalStateException("no CA for role " + role.id());
        }
        return authority;
    }

    public java.util.Optional<Authority> find(CaRole role) {
        return java.util.Optional.ofNullable(byRole.get(role));
    }

    /** Root first, then the issuing CAs in {@link CaRole} order. */
    public List<Authority> all() {
        return List.copyOf(byRole.values());
    }
}

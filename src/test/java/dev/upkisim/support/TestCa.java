package dev.upkisim.support;

import dev.upkisim.ca.CaHierarchy;
import dev.upkisim.ca.CaHierarchyGenerator;
import dev.upkisim.ca.CaNames;
import dev.upkisim.ca.CaRole;
import dev.upkisim.ca.RsaKeys;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** Small makers for CA test data. */
public final class TestCa {
    private TestCa() {
    }

    public static CaNames names() {
        Map<CaRole, String> names = new EnumMap<>(CaRole.class);
        for (CaRole role : CaRole.values()) {
            names.put(role, "CN=upki-sim TEST " + role.id() + " CA, O=upki-sim, C=JP");
        }
        return CaNames.of(names);
    }

    public static CaHierarchy hierarchy() {
        Instant now = Instant.now();
        return CaHierarchyGenerator.generate(names(), now, now, RsaKeys::generate);
    }
}

package dev.upkisim.ca;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javax.security.auth.x500.X500Principal;

/**
 * The distinguished names of the simulated CAs, from the fixtures. Every name must say it is simulated
 * (SPEC: "every generated name says so"), so a certificate from upki-sim is never mistaken for a real one.
 */
public record CaNames(Map<CaRole, X500Principal> names) {

    public CaNames {
        names = Map.copyOf(names);
        for (CaRole role : CaRole.values()) {
            X500Principal name = names.get(role);
            if (name == null) {
                throw new IllegalArgumentException("no name for the " + role.id() + " CA");
            }
            if (!saysSimulated(name.getName())) {
                throw new IllegalArgumentException("the " + role.id() + " CA name '" + name.getName()
                        + "' must say it is simulated (contain 'upki-sim', 'TEST' or 'simulated')");
            }
        }
    }

    public static CaNames of(Map<CaRole, String> distinguishedNames) {
        Map<CaRole, X500Principal> parsed = new EnumMap<>(CaRole.class);
        distinguishedNames.forEach((role, dn) -> {
            try {
                parsed.put(role, new X500Principal(dn));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the " + role.id() + " CA name '" + dn + "' is not a distinguished name");
            }
        });
        return new CaNames(parsed);
    }

    public X500Principal get(CaRole role) {
        return names.get(role);
    }

    private static boolean saysSimulated(String dn) {
        String lower = dn.toLowerCase(Locale.ROOT);
        return lower.contains("upki-sim") || lower.contains("simulated") || dn.contains("TEST");
    }
}

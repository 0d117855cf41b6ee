package dev.upkisim.workflow.quirks;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The current state of every {@link Quirk}, read by the workflow at request time, so a switch at
 * {@code /sim/quirks} applies to the very next request. Changed only through {@link QuirkControls}, after the change
 * was committed.
 */
public final class Quirks {
    private volatile Map<Quirk, QuirkMode> modes;

    public Quirks(Map<Quirk, QuirkMode> modes) {
        this.modes = complete(modes);
    }

    /** Every quirk as the real service behaves. */
    public static Quirks faithful() {
        return new Quirks(allFaithful());
    }

    public static Map<Quirk, QuirkMode> allFaithful() {
        Map<Quirk, QuirkMode> modes = new EnumMap<>(Quirk.class);
        for (Quirk quirk : Quirk.values()) {
            modes.put(quirk, QuirkMode.FAITHFUL);
        }
        return modes;
    }

    public QuirkMode mode(Quirk quirk) {
        return modes.get(quirk);
    }

    public boolean faithful(Quirk quirk) {
        return modes.get(quirk) == QuirkMode.FAITHFUL;
    }

    public Map<Quirk, QuirkMode> modes() {
        return modes;
    }

    void replace(Map<Quirk, QuirkMode> changed) {
        modes = complete(changed);
    }

    private static Map<Quirk, QuirkMode> complete(Map<Quirk, QuirkMode> modes) {
        Map<Quirk, QuirkMode> all = new EnumMap<>(Quirk.class);
        for (Quirk quirk : Quirk.values()) {
            QuirkMode mode = modes.get(quirk);
            if (mode == null) {
                throw new IllegalArgumentException("no state for quirk " + quirk.id());
            }
            all.put(quirk, mode);
        }
        return Collections.unmodifiableMap(all);
    }
}

package dev.upkisim.workflow.quirks;

import java.util.Locale;

/** A quirk's state: {@code faithful} behaves as the real service does, {@code fixed} as one would wish it did. */
public enum QuirkMode {
    FAITHFUL, FIXED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code faithful} or {@code fixed}; throws {@link IllegalArgumentException} saying what is allowed. */
    public static QuirkMode parse(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "faithful" -> FAITHFUL;
            case "fixed" -> FIXED;
            default -> throw new IllegalArgumentException("'" + text + "' is not a quirk state; allowed: faithful or fixed");
        };
    }
}

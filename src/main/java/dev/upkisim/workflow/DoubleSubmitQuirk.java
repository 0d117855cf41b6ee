package dev.upkisim.workflow;

import java.util.Locale;

/**
 * The known 「発行」 double-click failure (SPEC 1.3, seed FAQ): {@code faithful} reproduces it from its cause —
 * the STEP2 token is used up by the first request, so a second one (double click, back, reload) has no valid
 * session and lands on 【STEP1】, leaving the application stuck until reset; {@code fixed} makes the second
 * request harmlessly show the first one's result.
 */
public enum DoubleSubmitQuirk {
    FAITHFUL, FIXED;

    public static DoubleSubmitQuirk parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "faithful", "on", "true" -> FAITHFUL;
            case "fixed", "off", "false" -> FIXED;
            default -> throw new IllegalArgumentException("allowed: faithful (the real failure) or fixed");
        };
    }
}

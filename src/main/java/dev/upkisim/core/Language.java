package dev.upkisim.core;

import java.util.Locale;

/** The two languages of every human page: Japanese by default, English on request (SPEC 1.5). */
public enum Language {
    JA, EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Language other() {
        return this == JA ? EN : JA;
    }
}

package dev.upkisim.core;

/** A text in Japanese and English; every user-facing fixture text has both (SPEC 1.5: the screens are bilingual). */
public record LocalizedText(String ja, String en) {
    public LocalizedText {
        if (ja == null || ja.isBlank() || en == null || en.isBlank()) {
            throw new IllegalArgumentException("needs both ja and en");
        }
    }

    public String in(Language language) {
        return language == Language.EN ? en : ja;
    }
}

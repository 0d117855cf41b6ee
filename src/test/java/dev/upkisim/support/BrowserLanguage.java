package dev.upkisim.support;

/**
 * The language a test browser asks for. upki-sim picks a human page's language from {@code ?lang=}, then from the
 * Accept-Language header (SPEC 1.5), so a browser's language decides which page a user sees first.
 */
public enum BrowserLanguage {
    /** A browser set up in Japanese, as most of the real service's users have: Japanese first, English after. */
    JAPANESE("ja", "ja,en-US;q=0.8,en;q=0.6"),
    /** A browser set up in English, as exchange students and foreign staff have. */
    ENGLISH("en-US", "en-US,en;q=0.9");

    private final String uiLocale;
    private final String acceptLanguage;

    BrowserLanguage(String uiLocale, String acceptLanguage) {
        this.uiLocale = uiLocale;
        this.acceptLanguage = acceptLanguage;
    }

    /** The value of Chromium's {@code --lang}: the language of its own UI and of {@code navigator.language}. */
    public String uiLocale() {
        return uiLocale;
    }

    /**
     * The value of the {@code intl.accept_languages} preference, which Chromium sends as Accept-Language. The flag
     * {@code --lang} alone does not set the header in a fresh profile, so both are given.
     */
    public String acceptLanguage() {
        return acceptLanguage;
    }
}

package dev.upkisim.doctor;

import dev.upkisim.core.LocalizedText;

/** Whether one platform is expected to import the file, and why, in Japanese and English ({@link ImportRules}). */
public record ImportVerdict(Platform platform, Outcome outcome, LocalizedText reason) {
    /** The importers SPEC 1.9 names. */
    public enum Platform {
        IOS("iOS/iPadOS"), MACOS("macOS Keychain"), WINDOWS("Windows"), FIREFOX("Firefox (NSS)"), JAVA("Java keytool (JDK 17)");

        private final String label;

        Platform(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** {@code OK}: imports; {@code MAY_FAIL}: known to fail on some versions; {@code UNKNOWN}: nothing to go on. */
    public enum Outcome { OK, MAY_FAIL, UNKNOWN }
}

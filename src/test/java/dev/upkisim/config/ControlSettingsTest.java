package dev.upkisim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.core.DelayDistribution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulation controls as settings (DESIGN rule 5): delays, quirks and the scenario, from a config file, the
 * environment or flags, checked at start with a message that says what is allowed.
 */
class ControlSettingsTest {
    @TempDir
    Path directory;

    @Test
    void delaysQuirksAndTheScenarioComeFromEverySource() throws Exception {
        Path config = directory.resolve("upki-sim.yaml");
        Files.writeString(config, """
                delays:
                  niiToCa: lognormal PT10M PT70M
                  jupkiToNii: fixed PT3M
                quirks: {pinBeforeCertificate: fixed}
                """);
        Settings settings = SettingsLoader.load(Map.of("config", config.toString(), "scenario", "double-click"),
                Map.of("UPKISIM_DELAYS_ISSUE_BUTTON", "uniform PT1S PT30S", "UPKISIM_QUIRKS_DOUBLE_SUBMIT", "fixed",
                        "UPKISIM_DELAYS_MAIL", "PT30S"));
        assertEquals(DelayDistribution.parse("lognormal PT10M PT70M"), settings.get(SettingsCatalog.DELAY_NII_TO_CA));
        assertEquals(DelayDistribution.parse("fixed PT3M"), settings.get(SettingsCatalog.DELAY_JUPKI_TO_NII));
        assertEquals(DelayDistribution.parse("uniform PT1S PT30S"), settings.get(SettingsCatalog.DELAY_ISSUE_BUTTON));
        assertEquals(DelayDistribution.parse("fixed PT30S"), settings.get(SettingsCatalog.DELAY_MAIL));
        assertEquals("fixed", settings.get(SettingsCatalog.QUIRK_PIN_BEFORE_CERTIFICATE));
        assertEquals("fixed", settings.get(SettingsCatalog.QUIRK_DOUBLE_SUBMIT));
        assertEquals("double-click", settings.get(SettingsCatalog.SCENARIO));
        assertEquals("flag --scenario", settings.origin(SettingsCatalog.SCENARIO));
    }

    @Test
    void withoutThemTheScenarioDecides() throws Exception {
        Settings settings = SettingsLoader.load(Map.of(), Map.of());
        assertEquals(Optional.empty(), settings.optional(SettingsCatalog.SCENARIO));
        assertEquals(Optional.empty(), settings.optional(SettingsCatalog.DELAY_NII_TO_CA));
        assertEquals(Optional.empty(), settings.optional(SettingsCatalog.QUIRK_DOUBLE_SUBMIT));
    }

    @Test
    void badValuesAreRefusedTogetherSayingWhatIsAllowed() {
        InvalidSettingsException error = assertThrows(InvalidSettingsException.class, () -> SettingsLoader.load(
                Map.of("delays.niiToCa", "ten minutes", "scenario", "../etc"),
                Map.of("UPKISIM_DELAYS_ISSUE_BUTTON", "PT10M", "UPKISIM_QUIRKS_CERTIFICATE_URL_USED_AT_STEP1", "off")));
        String message = error.getMessage();
        assertTrue(message.contains("delays.niiToCa = \"ten minutes\" (flag --delays-nii-to-ca): 'ten minutes' is not a"
                + " delay; allowed: fixed DURATION, uniform MIN MAX or lognormal MEDIAN P95"), message);
        assertTrue(message.contains("delays.issueButton = \"PT10M\" (environment UPKISIM_DELAYS_ISSUE_BUTTON): 'fixed PT10M'"
                + " goes beyond PT5M"), message);
        assertTrue(message.contains("quirks.certificateUrlUsedAtStep1 = \"off\" (environment"
                + " UPKISIM_QUIRKS_CERTIFICATE_URL_USED_AT_STEP1): allowed: faithful or fixed"), message);
        assertTrue(message.contains("scenario = \"../etc\" (flag --scenario): allowed: a scenario name"), message);
    }
}

package dev.upkisim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.support.Browser;
import dev.upkisim.support.BrowserLanguage;
import dev.upkisim.support.RunningSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The CA repository in a real browser (headless Debian chromium) over HTTPS, trusting only what a user who
 * imported the simulator's root would trust: the page in both languages, and the PEM download.
 */
@Tag("browser")
class BrowserSmokeTest {
    @RegisterExtension
    static final RunningSimulator sim = RunningSimulator.perClass();

    @Test
    void aJapaneseBrowserSeesTheRepositoryInJapaneseAndInEnglishWhenItAsks() {
        try (Browser browser = Browser.trusting(sim)) {
            browser.open(sim.https("/repo/"));
            browser.waitForText("認証局リポジトリ");
            assertTrue(browser.driver().getTitle().contains("認証局リポジトリ"), browser.driver().getTitle());
            browser.screenshot("repo-ja.png");

            browser.open(sim.https("/repo/?lang=en"));
            browser.waitForText("CA repository");
            assertFalse(browser.visibleText().contains("認証局リポジトリ"), browser.visibleText());
            browser.screenshot("repo-en.png");
        }
    }

    @Test
    void anEnglishBrowserGetsTheEnglishPageWithoutAsking() {
        try (Browser browser = Browser.trusting(sim, BrowserLanguage.ENGLISH)) {
            browser.open(sim.https("/repo/"));
            browser.waitForText("CA repository");
        }
    }

    @Test
    void aBrowserThatDoesNotTrustTheSimulatedRootShowsAPrivacyErrorInsteadOfThePage() {
        try (Browser browser = Browser.start(BrowserLanguage.ENGLISH, List.of())) {
            browser.open(sim.https("/repo/"));
            browser.waitForText("NET::ERR_CERT_AUTHORITY_INVALID");
            assertFalse(browser.visibleText().contains("CA repository"), browser.visibleText());
        }
    }

    @Test
    void clickingPemDownloadsTheRootCertificate() throws Exception {
        try (Browser browser = Browser.trusting(sim)) {
            browser.open(sim.https("/repo/"));
            browser.click(By.cssSelector("a[href='/repo/ca/root.pem']"));
            Path pem = browser.awaitDownload(".pem", Duration.ofSeconds(15));
            String content = Files.readString(pem);
            assertTrue(content.startsWith("-----BEGIN CERTIFICATE-----"), content);
            assertEquals("upki-sim-root.pem", pem.getFileName().toString());
            assertEquals(sim.rootPem(), content);
        }
    }
}

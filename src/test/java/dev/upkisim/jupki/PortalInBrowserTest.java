package dev.upkisim.jupki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.config.Settings;
import dev.upkisim.config.SettingsCatalog;
import dev.upkisim.core.DelayDistribution;
import dev.upkisim.support.Browser;
import dev.upkisim.support.BrowserLanguage;
import dev.upkisim.support.Openssl;
import dev.upkisim.support.RunningSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The portal in a real browser (headless Debian Chromium), in --instant mode with a 「発行」 that takes two seconds,
 * as the real page does: the member's whole journey to a P12 opened with the shown PIN, the double click that lands
 * on 【STEP1】, centre staff's reset, and a server admin's CSR through to the PEM. Screenshots of each main page go
 * to target/screenshots/.
 */
class PortalInBrowserTest {
    @TempDir
    static Path data;
    @TempDir
    static Path files;
    private static RunningSimulator sim;

    @BeforeAll
    static void start() {
        sim = RunningSimulator.start(Settings.forTests(data).with(SettingsCatalog.SIM_TOKEN, RunningSimulator.TOKEN)
                .with(SettingsCatalog.DELAY_ISSUE_BUTTON, new DelayDistribution.Fixed(Duration.ofSeconds(2))));
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void aMemberAppliesWaitsForValidDownloadsAndOpensTheP12WithTheShownPin() throws Exception {
        try (Browser browser = Browser.trusting(sim)) {
            browser.open(sim.https("/jupki/"));
            browser.screenshot("portal-top.png");
            logIn(browser, "mihon.hanako", "hanako-demo-2026");
            browser.screenshot("portal-home-empty.png");
            apply(browser);
            String row = waitForValid(browser);
            browser.screenshot("portal-home-valid.png");
            String pin = browser.driver().findElement(By.cssSelector("#" + row + " .pin")).getText();
            browser.click(By.cssSelector("#" + row + " a.download"));
            browser.waitForText("【STEP2】証明書を発行");
            browser.screenshot("nii-step2.png");
            browser.click(By.cssSelector("form[name=SPIssueCliForm] input[type=submit]"));
            browser.waitForText("【STEP3】");
            browser.screenshot("nii-step3.png");
            browser.click(By.id("download"));
            Path p12 = browser.awaitDownload(".p12", Duration.ofSeconds(30));
            var openssl = Openssl.openssl(files, "pkcs12", "-in", p12.toString(), "-passin", "pass:" + pin, "-nokeys");
            assertEquals(0, openssl.exitCode(), openssl.output());
        }
    }

    @Test
    void aDoubleClickOnIssueLandsOnStep1AndCentreStaffResetItSoTheMemberGetsTheCertificate() throws Exception {
        try (Browser browser = Browser.trusting(sim)) {
            browser.open(sim.https("/jupki/"));
            logIn(browser, "shiken.taro", "taro-demo-2026");
            apply(browser);
            String row = waitForValid(browser);
            browser.click(By.cssSelector("#" + row + " a.download"));
            browser.waitForText("【STEP2】証明書を発行");
            WebElement issue = browser.driver().findElement(By.cssSelector("form[name=SPIssueCliForm] input[type=submit]"));
            // the real page looks frozen for a while; the impatient member clicks again before it changes (two clicks
            // in the page itself: WebDriver's own click would wait for the first page load)
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "const button = arguments[0]; button.click(); setTimeout(() => button.click(), 400);", issue);
            browser.waitForText("【STEP1】認証情報パスワードを入力");
            browser.screenshot("nii-step1-after-double-click.png");
            browser.open(sim.https("/jupki/"));
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#" + row + " .status"), "エラー"));
            browser.screenshot("portal-home-error.png");
            logOut(browser);

            logIn(browser, "madoguchi.shiro", "shiro-demo-2026");
            browser.open(sim.https("/jupki/staff"));
            String applicationId = row.replace("application-", "");
            browser.waitForVisible(By.cssSelector("#staff-application-" + applicationId + " .stuck"));
            browser.screenshot("portal-staff.png");
            browser.click(By.cssSelector("#staff-application-" + applicationId + " button"));
            browser.waitForVisible(By.id("flash"));
            logOut(browser);

            logIn(browser, "shiken.taro", "taro-demo-2026");
            browser.waitForVisible(By.cssSelector("#" + row + " a.download"));
            String pin = browser.driver().findElement(By.cssSelector("#" + row + " .pin")).getText();
            browser.click(By.cssSelector("#" + row + " a.download"));
            browser.waitForText("【STEP2】証明書を発行");
            browser.click(By.cssSelector("form[name=SPIssueCliForm] input[type=submit]"));
            browser.waitForText("【STEP3】");
            browser.click(By.id("download"));
            Path p12 = browser.awaitDownload(".p12", Duration.ofSeconds(30));
            assertEquals(0, Openssl.openssl(files, "pkcs12", "-in", p12.toString(), "-passin", "pass:" + pin, "-nokeys").exitCode());
        }
    }

    @Test
    void aServerAdminAppliesWithACsrAndDownloadsTheCertificateAndChainAsPem() throws Exception {
        var made = Openssl.openssl(files, "req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", "www.key",
                "-subj", "/CN=portal.example.ac.jp", "-out", "www.csr");
        assertEquals(0, made.exitCode(), made.output());
        try (Browser browser = Browser.trusting(sim, BrowserLanguage.ENGLISH)) {
            browser.open(sim.https("/jupki/"));
            logIn(browser, "kanri.jiro", "jiro-demo-2026");
            browser.open(sim.https("/jupki/server"));
            browser.driver().findElement(By.id("fqdn")).sendKeys("portal.example.ac.jp");
            browser.driver().findElement(By.id("software")).sendKeys("nginx 1.24");
            browser.driver().findElement(By.id("csr-file")).sendKeys(files.resolve("www.csr").toString());
            browser.screenshot("portal-server-form-en.png");
            browser.click(By.id("server-confirm"));
            browser.click(By.id("server-submit"));
            browser.waitForVisible(By.id("flash"));
            browser.waitUntil(driver -> {
                driver.navigate().refresh();
                return !driver.findElements(By.cssSelector("a.pem")).isEmpty();
            }, Duration.ofSeconds(30));
            browser.screenshot("portal-server-issued-en.png");
            browser.click(By.cssSelector("a.pem"));
            Path pem = browser.awaitDownload(".pem", Duration.ofSeconds(30));
            assertTrue(Files.readString(pem).startsWith("-----BEGIN CERTIFICATE-----"));
        }
    }

    @Test
    void thePagesReadWellInEnglishAndOnAPhone() {
        try (Browser browser = Browser.trusting(sim, BrowserLanguage.ENGLISH)) {
            browser.open(sim.https("/jupki/"));
            browser.waitForText("Certificate Management System");
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            browser.open(sim.https("/jupki/help"));
            browser.waitForText("Which password?");
            browser.screenshot("portal-help-phone-en.png");
        }
    }

    private static void logIn(Browser browser, String username, String password) {
        browser.open(sim.https("/jupki/login"));
        browser.waitForVisible(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.click(By.id("login-submit"));
        browser.waitForVisible(By.id("logout"));
    }

    private static void logOut(Browser browser) {
        browser.click(By.id("logout"));
        browser.waitForVisible(By.id("login-link"));
    }

    private static void apply(Browser browser) {
        browser.click(By.id("apply-link"));
        browser.click(By.id("to-confirm"));
        browser.waitForVisible(By.id("submit-application"));
        browser.screenshot("portal-confirm.png");
        browser.click(By.id("submit-application"));
        browser.waitForVisible(By.id("flash"));
    }

    /** Refreshes the home page until the newest application is 有効 (SPEC: a page refresh is enough). */
    private static String waitForValid(Browser browser) {
        return browser.waitUntil(driver -> {
            driver.navigate().refresh();
            var rows = driver.findElements(By.cssSelector("#certificates tbody tr"));
            if (rows.isEmpty()) {
                return null;
            }
            WebElement newest = rows.get(rows.size() - 1);
            return newest.findElement(By.cssSelector(".status")).getText().equals("有効")
                    && !newest.findElements(By.cssSelector("a.download")).isEmpty() ? newest.getAttribute("id") : null;
        }, Duration.ofSeconds(30));
    }
}

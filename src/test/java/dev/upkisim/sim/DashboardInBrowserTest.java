package dev.upkisim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkisim.support.Browser;
import dev.upkisim.support.NiiJourney;
import dev.upkisim.support.Outbox;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.TsvRows;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The trainer dashboard in a real browser (headless Debian chromium), as a trainer uses it on a projector: log in
 * with the token, move the clock a day and watch the change arrive in the live timeline, read a notification mail
 * in the outbox, switch to English; at 1024×768. Screenshots go to target/screenshots/dashboard-*.png.
 */
@Tag("browser")
class DashboardInBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Headless chromium counts its invisible toolbar in the window height (see ChromiumOptions.WINDOW_SIZE). */
    private static final int TOOLBAR = 143;
    private static final String USER = "dashboard.hanako@example.ac.jp";
    @TempDir
    static Path data;
    private static RunningSimulator sim;
    private static Outbox.Mail acceptance;

    @BeforeAll
    static void start() {
        sim = RunningSimulator.start(data);
        NiiJourney journey = new NiiJourney(sim, "example-u");
        journey.upload("1", "1", new TsvRows()
                .issue(TsvRows.clientDn("DASHBOARD HANAKO", "s2613001"), 5, 1, "見本 花子", USER).bytes());
        acceptance = journey.outbox().await(USER, "発行受付通知");
        sim.withToken("POST", "/sim/clock", "{\"frozen\": true}"); // so the page shows one exact time
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void aTrainerMovesTheClockSeesTheEventLiveReadsAMailAndSwitchesToEnglish() throws Exception {
        try (Browser browser = Browser.trusting(sim)) {
            browser.driver().manage().window().setSize(new Dimension(1024, 768 + TOOLBAR));
            logIn(browser);

            Instant now = Instant.parse(JSON.readTree(sim.withToken("GET", "/sim/clock", null).body()).get("now").asText());
            browser.waitUntil(ExpectedConditions.textToBe(By.id("clock-utc"), now.truncatedTo(ChronoUnit.SECONDS).toString()));
            browser.waitUntil(ExpectedConditions.textToBe(By.id("timeline-status"), "受信中"));
            browser.screenshot("dashboard-ja.png");

            browser.click(By.id("clock-plus-1d"));
            String tomorrow = now.plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS).toString();
            browser.waitUntil(ExpectedConditions.textToBe(By.id("clock-utc"), tomorrow));
            WebElement event = browser.waitForVisible(By.xpath(
                    "//li[@data-kind='clock.changed'][div[@class='event-reason'][contains(., 'advanced by P1D')]]"));
            List<Long> ids = browser.driver().findElements(By.cssSelector("#timeline-list > li")).stream()
                    .map(row -> Long.parseLong(row.getAttribute("id").substring("event-".length()))).toList();
            assertEquals(ids.stream().sorted(java.util.Comparator.reverseOrder()).toList(), ids,
                    "the newest event is on top (what the clock's move set off, e.g. a CRL published, may come above it)");
            assertTrue(event.getText().contains("sim"), event.getText());

            browser.driver().findElement(By.id("clock-duration")).sendKeys("soon");
            browser.click(By.id("clock-advance"));
            WebElement error = browser.waitForVisible(By.id("clock-error"));
            assertTrue(error.getText().contains("ISO-8601"), "the API's problem detail, in the panel: " + error.getText());
            browser.waitUntil(ExpectedConditions.textToBe(By.id("clock-utc"), tomorrow));

            browser.click(By.id("mail-" + acceptance.id()));
            browser.waitUntil(ExpectedConditions.textToBe(By.id("mail-subject"), acceptance.subject()));
            assertTrue(acceptance.subject().contains("発行受付通知"), acceptance.subject());
            assertTrue(browser.driver().findElement(By.id("mail-text")).getText().contains("SPEntranceCli.jsp"));
            assertTrue(browser.driver().findElement(By.id("mail-to")).getText().contains(USER));
            browser.screenshot("dashboard-mail-ja.png");

            browser.click(By.id("lang-toggle"));
            browser.waitUntil(ExpectedConditions.textToBe(By.id("clock-title"), "Simulated clock"));
            browser.waitUntil(ExpectedConditions.textToBe(By.id("timeline-status"), "live"));
            assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
            assertTrue(browser.driver().getCurrentUrl().contains("lang=en"), browser.driver().getCurrentUrl());
            assertEquals("From", browser.driver().findElement(By.cssSelector("#mail-view dt")).getText());
            assertFitsTheWindow(browser);
            browser.screenshot("dashboard-en-1024x768.png");

            new Select(browser.driver().findElement(By.id("timeline-face"))).selectByValue("mail");
            assertFalse(event.isDisplayed(), "the face filter hides the simulator's own events");
            assertTrue(browser.driver().findElements(By.cssSelector("li[data-face='mail']")).stream()
                    .anyMatch(WebElement::isDisplayed), "the mail events stay");
        }
    }

    @Test
    void aTrainerStartsMaintenanceFromTheDashboardAndThePortalShowsItsMaintenancePage() throws Exception {
        try (Browser browser = Browser.trusting(sim)) {
            logIn(browser);
            new Select(browser.waitForVisible(By.id("maintenance-face"))).selectByValue("jupki");
            new Select(browser.driver().findElement(By.id("maintenance-when"))).selectByValue("now");
            WebElement duration = browser.driver().findElement(By.id("maintenance-duration"));
            duration.clear();
            duration.sendKeys("1時間");
            browser.driver().findElement(By.id("maintenance-title-ja")).sendKeys("研修用メンテナンス");
            browser.driver().findElement(By.id("maintenance-title-en")).sendKeys("Training maintenance");
            browser.click(By.id("maintenance-add"));
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("maintenance-list"), "研修用メンテナンス"));
            String id = JSON.readTree(sim.withToken("GET", "/sim/maintenance", null).body()).get("windows").get(0)
                    .get("id").asText();
            browser.waitForVisible(By.cssSelector("li[data-kind='maintenance.started'][data-face='jupki']"));
            browser.waitForVisible(By.id("maintenance-active-" + id));
            assertEquals("PT1H", Duration.between(Instant.parse(window(id).get("start").asText()),
                    Instant.parse(window(id).get("end").asText())).toString());
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('panel-maintenance').scrollIntoView()");
            browser.screenshot("dashboard-maintenance-ja.png");

            browser.open(sim.http("/jupki/"));
            browser.waitForText("システムメンテナンス中");
            browser.screenshot("dashboard-portal-in-maintenance-ja.png");

            browser.open(sim.http("/sim/"));
            browser.waitForVisible(By.cssSelector("li[data-kind='maintenance.blocked'][data-face='jupki']"));
            browser.waitUntil(ExpectedConditions.textMatches(By.id("maintenance-active-" + id),
                    Pattern.compile("[1-9][0-9]* 件の要求を 503 で返しました")));
            browser.click(By.id("maintenance-delete-" + id));
            browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("maintenance-delete-" + id)));
            assertEquals(200, sim.get(sim.http("/jupki/")).statusCode(), "the portal is back");
        } finally {
            sim.withToken("DELETE", "/sim/maintenance", null);
        }
    }

    @Test
    void everyControlPanelAndEveryLinkIsThere() {
        try (Browser browser = Browser.trusting(sim)) {
            logIn(browser);
            browser.waitForVisible(By.id("link-portal"));
            for (String part : List.of("scenario", "maintenance", "faults", "quirks", "delays")) {
                browser.waitForVisible(By.id("panel-" + part));
            }
            boolean apiPage = sim.withToken("GET", "/sim/api", null).statusCode() == 200;
            browser.waitUntil(driver -> driver.findElements(By.id("link-api")).isEmpty() != apiPage);
            String relyingParty = browser.driver().findElement(By.id("link-relying-party")).getAttribute("href");
            assertEquals("https://localhost:" + sim.simulator().relyingPartyPort() + "/rp/check", relyingParty);
            browser.click(By.id("p12-example-u"));
            String password = browser.waitForVisible(By.id("p12-password-example-u")).getText();
            assertEquals(sim.withToken("GET", "/sim/ra/example-u/credentials.p12", null).headers()
                    .firstValue("X-P12-Password").orElseThrow(), password, "the password a plain link would hide");
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('panel-links').scrollIntoView()");
            browser.screenshot("dashboard-links-ja.png");
        }
    }

    @Test
    void aWrongTokenIsRefusedOnThePageAndLoggingOutEndsTheSession() {
        try (Browser browser = Browser.trusting(sim)) {
            browser.open(sim.http("/sim/"));
            browser.driver().findElement(By.id("token")).sendKeys("not-the-token-at-all");
            browser.click(By.id("login"));
            assertTrue(browser.waitForVisible(By.id("login-error")).getText().contains("トークンが違います"));
            browser.screenshot("dashboard-login-refused-ja.png");

            browser.driver().findElement(By.id("token")).sendKeys(RunningSimulator.TOKEN);
            browser.click(By.id("login"));
            browser.waitForVisible(By.id("panel-clock"));
            browser.click(By.id("logout"));
            browser.waitForVisible(By.id("token"));
            browser.open(sim.http("/sim/clock"));
            assertTrue(browser.visibleText().contains("unauthorized"), browser.visibleText());
        }
    }

    private static void logIn(Browser browser) {
        browser.open(sim.http("/sim/"));
        browser.driver().findElement(By.id("token")).sendKeys(RunningSimulator.TOKEN);
        browser.click(By.id("login"));
        browser.waitForVisible(By.id("panel-clock"));
    }

    private static JsonNode window(String id) throws Exception {
        return JSON.readTree(sim.withToken("GET", "/sim/maintenance/" + id, null).body());
    }

    private static void assertFitsTheWindow(Browser browser) {
        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        assertEquals(1024L, script.executeScript("return window.innerWidth"));
        assertEquals(768L, script.executeScript("return window.innerHeight"));
        Object overflow = script.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0L, overflow, "no sideways scrolling at 1024×768");
    }
}

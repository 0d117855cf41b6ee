package dev.upkisim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkisim.support.Browser;
import dev.upkisim.support.NiiJourney;
import dev.upkisim.support.Outbox;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.TsvRows;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard's control panels (issue 5 item 7) in a real browser, as a trainer uses them in front of a class: load
 * a scenario from the picker, switch a quirk, add a fault rule from the form and watch it fire, change a delay, and
 * reset after a confirmation. Each test checks the page and the API agree. Screenshots: target/screenshots/dashboard-*.png.
 */
@Tag("browser")
class DashboardControlPanelsInBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path data;
    private static RunningSimulator sim;

    @BeforeAll
    static void start() {
        sim = RunningSimulator.start(data);
    }

    @AfterEach
    void backToTheDefaults() {
        sim.withToken("POST", "/sim/scenario", "{\"name\": \"realistic\"}");
        sim.withToken("DELETE", "/sim/faults", null);
        sim.withToken("DELETE", "/sim/maintenance", null);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void aScenarioLoadedFromThePickerIsMarkedCurrentAndAppearsInTheTimeline() throws Exception {
        try (Browser browser = Browser.trusting(sim)) {
            logIn(browser);
            browser.waitUntil(ExpectedConditions.attributeToBe(By.id("scenario-realistic"), "aria-current", "true"));
            browser.click(By.id("scenario-load-double-click"));

            browser.waitForVisible(By.cssSelector("#timeline-list li[data-kind='scenario.loaded']"));
            browser.waitUntil(ExpectedConditions.attributeToBe(By.id("scenario-double-click"), "aria-current", "true"));
            assertEquals("double-click", browser.driver().findElement(By.id("scenario-current-name")).getText());
            assertTrue(browser.driver().findElements(By.cssSelector("#scenario-realistic[aria-current]")).isEmpty(),
                    "only one scenario is marked");
            assertTrue(browser.waitForVisible(By.id("scenario-done")).getText().contains("double-click"));
            assertEquals("double-click", api("GET", "/sim/scenario").at("/current/name").asText());
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("delay-text-nii-to-ca"), "固定 30秒"));
            scrollTo(browser, "panel-scenario");
            browser.screenshot("dashboard-scenario-ja.png");
        }
    }

    @Test
    void aQuirkSwitchedInThePageIsSwitchedAtOnceAndStaysSoAfterAReload() throws Exception {
        try (Browser browser = Browser.trusting(sim)) {
            logIn(browser);
            browser.waitUntil(ExpectedConditions.attributeToBe(By.id("quirk-faithful-doubleSubmit"), "aria-pressed", "true"));
            browser.click(By.id("quirk-fixed-doubleSubmit"));
            browser.waitUntil(ExpectedConditions.attributeToBe(By.id("quirk-fixed-doubleSubmit"), "aria-pressed", "true"));
            assertEquals("fixed", quirk("doubleSubmit"));
            browser.waitForVisible(By.cssSelector("#timeline-list li[data-kind='quirk.changed']"));

            browser.open(sim.http("/sim/"));
            browser.waitUntil(ExpectedConditions.attributeToBe(By.id("quirk-fixed-doubleSubmit"), "aria-pressed", "true"));
            assertEquals("false", browser.driver().findElement(By.id("quirk-faithful-doubleSubmit")).getAttribute("aria-pressed"));
            assertEquals("faithful", quirk("pinBeforeCertificate"), "the others are untouched");
            scrollTo(browser, "panel-quirks");
            browser.screenshot("dashboard-quirks-ja.png");
        }
    }

    @Test
    void aFaultRuleAddedFromTheFormIsListedFiresOnThePortalAndIsDeleted() throws Exception {
        try (Browser browser = Browser.trusting(sim)) {
            logIn(browser);
            browser.waitForVisible(By.id("faults-none"));
            new Select(browser.driver().findElement(By.id("fault-action"))).selectByValue("status");
            type(browser, "fault-status", "503");
            new Select(browser.driver().findElement(By.id("fault-face"))).selectByValue("jupki");
            type(browser, "fault-path", "/jupki/*");
            new Select(browser.driver().findElement(By.id("fault-trigger"))).selectByValue("next");
            type(browser, "fault-trigger-value", "1");
            assertTrue(browser.driver().findElement(By.id("fault-preview")).getText().contains("\"status\":503"));
            browser.click(By.id("fault-add"));

            browser.waitForVisible(By.cssSelector("#faults-list li.rule"));
            JsonNode rule = api("GET", "/sim/faults").get("rules").get(0);
            assertEquals("/jupki/*", rule.at("/match/path").asText());
            assertEquals("next", rule.at("/trigger/type").asText());
            assertEquals(1, rule.at("/trigger/count").asInt());
            String id = rule.get("id").asText();
            String words = browser.waitForVisible(By.id("fault-description-" + id)).getText();
            assertTrue(words.contains("HTTP 503") && words.contains("/jupki/*"), words);
            assertEquals(503, sim.get(sim.http("/jupki/")).statusCode(), "the rule fires on the portal");
            browser.waitUntil(ExpectedConditions.textToBe(By.id("fault-counts-" + id), "発動 1 回 / 判定 1 回"));
            browser.waitForVisible(By.cssSelector("#timeline-list li[data-kind='fault.fired']"));
            assertEquals(200, sim.get(sim.http("/jupki/")).statusCode(), "only the next one");
            scrollTo(browser, "panel-faults");
            browser.screenshot("dashboard-faults-ja.png");

            browser.click(By.id("fault-delete-" + id));
            browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("fault-rule-" + id)));
            browser.waitForVisible(By.id("faults-none"));
            assertEquals(0, api("GET", "/sim/faults").get("rules").size());
        }
    }

    @Test
    void aRuleTheApiRefusesShowsItsProblemDetailAsTextInThePanel() throws Exception {
        try (Browser browser = Browser.trusting(sim)) {
            logIn(browser);
            browser.click(By.cssSelector("#faults-advanced summary"));
            type(browser, "faults-json", "{\"match\": {\"face\": \"jupki\", \"user\": \"<img src=x onerror=document.title='owned'>\"},"
                    + " \"action\": {\"type\": \"reset\"}}");
            browser.click(By.id("faults-json-add"));
            WebElement error = browser.waitForVisible(By.id("faults-error"));
            browser.waitUntil(ExpectedConditions.textToBePresentInElement(error, "match.user"));
            assertTrue(error.getText().contains("<img src=x onerror=document.title='owned'>"), "as text: " + error.getText());
            assertTrue(browser.driver().findElements(By.cssSelector("#panel-faults img")).isEmpty(), "never markup");

            type(browser, "faults-json", "{not json");
            browser.click(By.id("faults-json-add"));
            browser.waitUntil(ExpectedConditions.textToBePresentInElement(error, "JSON として読めません"));
            assertEquals(0, api("GET", "/sim/faults").get("rules").size(), "nothing was added");
        }
    }

    @Test
    void aDelayChangedInTheFormIsSavedAndShownInWords() throws Exception {
        try (Browser browser = Browser.trusting(sim)) {
            logIn(browser);
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("delay-text-nii-to-ca"),
                    "対数正規分布、中央値 10分、95% 点 1時間10分"));
            assertTrue(browser.driver().findElement(By.id("delay-jupki-to-nii")).getText()
                    .contains("J-UPKI → NII（ポータルでの申請を NII 側が受け取るまで）"));
            assertTrue(browser.driver().findElement(By.id("delay-text-jupki-to-nii")).getText()
                    .contains("対数正規分布、中央値 2分、95% 点 15分"));
            assertTrue(browser.driver().findElement(By.id("delay-mail")).getText().contains("メール配送"));
            assertTrue(browser.driver().findElement(By.id("delay-text-mail")).getText().contains("中央値 5秒、95% 点 1分"));
            new Select(browser.driver().findElement(By.id("delay-stage"))).selectByValue("revocation");
            new Select(browser.driver().findElement(By.id("delay-kind"))).selectByValue("uniform");
            type(browser, "delay-value-1", "5分");
            type(browser, "delay-value-2", "1h30m");
            browser.click(By.id("delay-set"));

            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("delay-text-revocation"), "一様分布 5分〜1時間30分"));
            JsonNode revocation = api("GET", "/sim/delays").get("stages").get(1);
            assertEquals("revocation", revocation.get("stage").asText());
            assertEquals("PT5M", revocation.at("/distribution/uniform/min").asText());
            assertEquals("PT1H30M", revocation.at("/distribution/uniform/max").asText());
            browser.waitForVisible(By.cssSelector("#timeline-list li[data-kind='delays.changed']"));

            type(browser, "delay-value-1", "soon");
            browser.click(By.id("delay-set"));
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("delays-error"), "soon"));
            scrollTo(browser, "panel-delays");
            browser.screenshot("dashboard-delays-ja.png");
        }
    }

    @Test
    void aResetAsksFirstSaysWhatItClearsAndThenEmptiesTheOutbox() throws Exception {
        String user = "reset.jiro@example.ac.jp";
        NiiJourney journey = new NiiJourney(sim, "example-u");
        journey.upload("1", "1", new TsvRows().issue(TsvRows.clientDn("RESET JIRO", "s2613002"), 5, 1, "見本 次郎", user).bytes());
        Outbox.Mail mail = journey.outbox().await(user, "発行受付通知");
        try (Browser browser = Browser.trusting(sim)) {
            logIn(browser);
            browser.waitForVisible(By.id("mail-" + mail.id()));
            browser.click(By.id("reset-open"));
            String explanation = browser.waitForVisible(By.id("reset-confirm")).getText();
            assertTrue(explanation.contains("消えるもの") && explanation.contains("送信済みメール"), explanation);
            assertTrue(explanation.contains("残るもの") && explanation.contains("CA 階層"), explanation);
            assertTrue(explanation.contains("realistic"), "names the scenario applied again: " + explanation);
            scrollTo(browser, "reset");
            browser.screenshot("dashboard-reset-confirm-ja.png");
            int mails = journey.outbox().all().size();
            browser.click(By.id("reset-cancel"));
            browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("reset-confirm")));
            assertEquals(mails, journey.outbox().all().size(), "cancel changes nothing");

            browser.click(By.id("reset-open"));
            browser.click(By.id("reset-yes"));
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("outbox-list"), "まだメールはありません。"));
            String result = browser.waitForVisible(By.id("reset-result")).getText();
            assertTrue(result.contains("メール " + mails + " 通") && result.contains("CA 階層"), result);
            browser.waitForVisible(By.cssSelector("#timeline-list li[data-kind='sim.reset']"));
            assertEquals("sim.reset", browser.driver().findElement(By.cssSelector("#timeline-list > li:last-child"))
                    .getAttribute("data-kind"), "the timeline starts again with the reset, as the server's does");
            assertEquals(0, journey.outbox().all().size());
        }
    }

    @Test
    void theControlPanelsSpeakEnglishTooAndTakeARecurringWindowAsJson() {
        try (Browser browser = Browser.trusting(sim)) {
            logIn(browser);
            browser.waitForVisible(By.id("quirk-fixed-doubleSubmit"));
            browser.click(By.id("lang-toggle"));
            browser.waitUntil(ExpectedConditions.textToBe(By.id("faults-title"), "Fault injection"));
            assertEquals("Scenario", browser.driver().findElement(By.id("scenario-title")).getText());
            assertEquals("fixed", browser.driver().findElement(By.id("quirk-fixed-doubleSubmit")).getText());
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("delay-text-nii-to-ca"),
                    "log-normal, median 10 min, p95 1 h 10 min"));
            browser.click(By.cssSelector("#maintenance-advanced summary"));
            type(browser, "maintenance-json", "{\"face\": \"upki\", \"every\": {\"nth\": 3, \"weekday\": \"SATURDAY\"},"
                    + " \"from\": \"09:00\", \"to\": \"18:00\"}");
            browser.click(By.id("maintenance-json-add"));
            browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("maintenance-list"),
                    "every 3rd Saturday, 09:00–18:00 (Asia/Tokyo)"));
            scrollTo(browser, "slot-controls");
            browser.screenshot("dashboard-controls-en.png");
        }
    }

    private static void logIn(Browser browser) {
        browser.open(sim.http("/sim/"));
        browser.driver().findElement(By.id("token")).sendKeys(RunningSimulator.TOKEN);
        browser.click(By.id("login"));
        browser.waitForVisible(By.id("panel-clock"));
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.waitForVisible(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void scrollTo(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private static JsonNode api(String method, String path) throws Exception {
        return JSON.readTree(sim.withToken(method, path, null).body());
    }

    private static String quirk(String name) throws Exception {
        for (JsonNode quirk : api("GET", "/sim/quirks").get("quirks")) {
            if (quirk.get("name").asText().equals(name)) {
                return quirk.get("state").asText();
            }
        }
        throw new AssertionError("no quirk " + name);
    }
}

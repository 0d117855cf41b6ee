package dev.upkisim.nii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkisim.support.NiiJourney;
import dev.upkisim.support.RaClient;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.SimJson;
import dev.upkisim.support.TsvRows;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The quirks switched at run time with {@code /sim/quirks} (issue 5 item 4): each switch applies to the very next
 * request, and each quirk, faithful and fixed, does what its description says (SPEC 1.3).
 */
class QuirkSwitchTest {
    private static final String STEP1 = "【STEP1】認証情報パスワードを入力";
    private static final String STEP3 = "【STEP3】証明書をダウンロード";
    @RegisterExtension
    static final RunningSimulator sim = RunningSimulator.perClass();
    private static NiiJourney journey;

    @BeforeAll
    static void start() {
        journey = new NiiJourney(sim, "example-u");
    }

    @AfterEach
    void allFaithfulAgain() {
        SimJson.post(sim, "/sim/quirks", "{\"doubleSubmit\": \"faithful\", \"pinBeforeCertificate\": \"faithful\","
                + " \"certificateUrlUsedAtStep1\": \"faithful\"}");
    }

    @Test
    void theListNamesEachQuirkWithItsStateDescriptionAndSource() {
        JsonNode quirks = SimJson.read(sim, "/sim/quirks").get("quirks");
        assertEquals(List.of("doubleSubmit", "pinBeforeCertificate", "certificateUrlUsedAtStep1"),
                quirks.findValuesAsText("name"));
        for (JsonNode quirk : quirks) {
            assertEquals("faithful", quirk.get("state").asText());
            assertEquals("faithful", quirk.get("default").asText());
            assertEquals("quirks." + quirk.get("name").asText(), quirk.get("setting").asText());
            assertTrue(quirk.get("description").get("ja").asText().contains("fixed:"), quirk.toString());
            assertTrue(quirk.get("description").get("en").asText().contains("fixed:"), quirk.toString());
            assertTrue(quirk.get("source").asText().startsWith("SPEC 1.3"), quirk.toString());
        }
    }

    @Test
    void theDoubleClickFailureIsSwitchedOffAndOnAgainForTheNextRequest() {
        SimJson.Answer fixed = SimJson.post(sim, "/sim/quirks", "{\"doubleSubmit\": \"fixed\"}");
        assertEquals(200, fixed.status(), fixed.body().toString());
        assertEquals("{\"doubleSubmit\":\"fixed\"}", fixed.body().get("changed").toString());
        RaClient.Page step2 = readyAtStep2("switch.fixed@example.ac.jp", "SWITCH FIXED", "s2610001");
        RaClient.Page first = journey.pressIssue(step2);
        RaClient.Page again = journey.pressIssue(step2);
        assertEquals(STEP3, again.heading(), "fixed: the first result again");
        assertEquals(first.document().selectFirst("a#download").attr("href"), again.document().selectFirst("a#download").attr("href"));

        SimJson.post(sim, "/sim/quirks", "{\"doubleSubmit\": \"faithful\"}");
        RaClient.Page step2b = readyAtStep2("switch.faithful@example.ac.jp", "SWITCH FAITHFUL", "s2610002");
        assertEquals(STEP3, journey.pressIssue(step2b).heading());
        assertEquals(STEP1, journey.pressIssue(step2b).heading(), "faithful again: the real failure");

        JsonNode events = SimJson.read(sim, "/sim/events?kind=quirk.changed");
        List<String> reasons = events.findValuesAsText("reason");
        assertTrue(reasons.contains("quirk doubleSubmit is now fixed (was faithful; set by /sim/quirks)"), reasons.toString());
        assertTrue(reasons.contains("quirk doubleSubmit is now faithful (was fixed; set by /sim/quirks)"), reasons.toString());
    }

    @Test
    void theCertificateUrlWaitsForThePinOnlyWhileThatQuirkIsFaithful() {
        String email = "pin.first@example.ac.jp";
        journey.upload("1", "1", new TsvRows().issue(TsvRows.clientDn("PIN FIRST", "s2610003"), 5, 1, "暗証 先行", email).bytes());
        String certificateUrl = journey.certificateUrl(email);
        RaClient.Page refused = journey.browser().get(certificateUrl);
        assertEquals(410, refused.status());
        assertTrue(refused.document().text().contains("アクセスPINが取得されていないため"), refused.document().text());

        SimJson.post(sim, "/sim/quirks", "{\"pinBeforeCertificate\": \"fixed\"}");
        assertEquals(STEP1, journey.browser().get(certificateUrl).heading(), "fixed: opens before the PIN was fetched");
    }

    @Test
    void withTheCertificateUrlKeptOpenTheMailedLinkWorksAgainUntilTheDownloadAndThereIsOneDownload() {
        SimJson.post(sim, "/sim/quirks", "{\"certificateUrlUsedAtStep1\": \"fixed\"}");
        String email = "url.open@example.ac.jp";
        RaClient.Page step2 = readyAtStep2(email, "URL OPEN", "s2610004");
        String certificateUrl = journey.certificateUrl(email);
        RaClient.Page secondTab = journey.enterPin(journey.browser().get(certificateUrl), PINS.get(email));
        assertEquals("【STEP2】証明書を発行", secondTab.heading(), "the link still works after STEP1");

        RaClient.Page step3 = journey.pressIssue(step2);
        journey.downloadP12(step3);
        RaClient.Page used = journey.browser().get(certificateUrl);
        assertEquals(410, used.status(), "used up by the download");
        assertTrue(used.document().text().contains("既に使用されています"));
        RaClient.Page lateStep3 = journey.pressIssue(secondTab);
        assertEquals(STEP3, lateStep3.heading());
        assertEquals(410, journey.browser().getBytes(lateStep3.document().selectFirst("a#download").attr("href")).statusCode(),
                "the P12 is downloaded once per application");
    }

    @Test
    void withTheCertificateUrlKeptOpenAUserRecoversFromADoubleClickOnTheirOwn() {
        SimJson.post(sim, "/sim/quirks", "{\"certificateUrlUsedAtStep1\": \"fixed\"}");
        String email = "recovers@example.ac.jp";
        RaClient.Page step2 = readyAtStep2(email, "RECOVERS", "s2610005");
        journey.pressIssue(step2);
        RaClient.Page step1 = journey.pressIssue(step2);
        assertEquals(STEP1, step1.heading(), "doubleSubmit is still faithful");
        RaClient.Page again = journey.pressIssue(journey.enterPin(step1, PINS.get(email)));
        assertEquals(STEP3, again.heading(), "the PIN works: not stuck");
        journey.downloadP12(again);
    }

    @Test
    void withTheCertificateUrlFaithfulTheMailedLinkIsUsedUpAtStep1() {
        String email = "url.used@example.ac.jp";
        readyAtStep2(email, "URL USED", "s2610006");
        RaClient.Page again = journey.browser().get(journey.certificateUrl(email));
        assertEquals(410, again.status());
        assertTrue(again.document().text().contains("既に使用されています"));
    }

    @ParameterizedTest(name = "{0} → 400 saying {1}")
    @CsvSource(delimiter = '|', value = {
            "''                           | send a JSON object",
            "{}                           | name at least one quirk: doubleSubmit, pinBeforeCertificate, certificateUrlUsedAtStep1",
            "{\"tripleSubmit\": \"fixed\"} | unknown quirk 'tripleSubmit'; known: doubleSubmit",
            "{\"doubleSubmit\": \"off\"}   | doubleSubmit: 'off' is not a quirk state; allowed: faithful or fixed",
            "{\"doubleSubmit\": true}      | doubleSubmit must be \"faithful\" or \"fixed\"",
            "{\"pinBeforeCertificate\": \"fixed\", \"doubleSubmit\": \"no\"} | doubleSubmit: 'no' is not a quirk state"})
    void aBadSwitchIsRefusedAsAProblemAndChangesNothing(String body, String message) {
        JsonNode before = SimJson.read(sim, "/sim/quirks");
        SimJson.Answer answer = SimJson.post(sim, "/sim/quirks", body);
        assertEquals(400, answer.status(), answer.body().toString());
        assertTrue(answer.isProblem());
        assertTrue(answer.detail().contains(message), answer.detail());
        assertEquals(before, SimJson.read(sim, "/sim/quirks"));
    }

    private static final java.util.Map<String, String> PINS = new java.util.concurrent.ConcurrentHashMap<>();

    private static RaClient.Page readyAtStep2(String email, String name, String id) {
        journey.upload("1", "1", new TsvRows().issue(TsvRows.clientDn(name, id), 5, 1, "切替 確認", email).bytes());
        PINS.put(email, journey.fetchPin(email));
        return journey.step2(email, PINS.get(email));
    }
}

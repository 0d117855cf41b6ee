package dev.upkisim.nii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkisim.support.NiiJourney;
import dev.upkisim.support.RaClient;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.TsvRows;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The known failure of the real service (SPEC 1.3, seed FAQ): pressing 「発行」 twice, or going back and pressing it
 * again, lands on 【STEP1】 asking for a password, and the application is stuck until it is reset.
 */
class DoubleClickQuirkTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final RunningSimulator sim = RunningSimulator.perClass();
    private static NiiJourney journey;

    @BeforeAll
    static void start() {
        journey = new NiiJourney(sim, "example-u");
    }

    @Test
    void twoSimultaneousIssueClicksGiveOneStep3AndOneStep1AndExactlyOneCertificate() throws Exception {
        String email = "double.click@example.ac.jp";
        RaClient.Page step2 = readyAtStep2(email, "DOUBLE CLICK", "s2602001");
        CountDownLatch bothReady = new CountDownLatch(2);
        List<CompletableFuture<RaClient.Page>> clicks = List.of(click(step2, bothReady), click(step2, bothReady));
        List<String> headings = clicks.stream().map(CompletableFuture::join).map(RaClient.Page::heading).sorted().toList();
        assertEquals(List.of("【STEP1】認証情報パスワードを入力", "【STEP3】証明書をダウンロード"), headings,
                "one request wins, the other finds its session used up");
        assertTrue(clicks.stream().allMatch(click -> click.join().status() < 500));
        assertEquals(1, listRows(email).size(), "exactly one certificate for the application");
    }

    @Test
    void goingBackAndPressingIssueAgainLandsOnStep1AndTheApplicationIsStuckUntilReset() throws Exception {
        String email = "browser.back@example.ac.jp";
        RaClient.Page step2 = readyAtStep2(email, "BROWSER BACK", "s2602002");
        RaClient.Page step3 = journey.pressIssue(step2);
        assertEquals("【STEP3】証明書をダウンロード", step3.heading());
        RaClient.Page back = journey.pressIssue(step2);
        assertEquals("【STEP1】認証情報パスワードを入力", back.heading(), "the FAQ's 「意図しないパスワードを求められる」");
        RaClient.Page entered = journey.enterPin(back, pin(email));
        assertTrue(entered.document().text().contains("既に使用されています"), "the password does not help: stuck");

        String serial = listRows(email).get(0).get(23);
        long applicationId = Long.parseLong(listRows(email).get(0).get(15));
        var reset = sim.withToken("POST", "/sim/applications/" + applicationId + "/reset", null);
        assertEquals(200, reset.statusCode(), reset.body());
        String newUrl = JSON.readTree(reset.body()).get("certificateUrl").asText();

        RaClient.Page step1 = journey.browser().get(newUrl);
        RaClient.Page again = journey.pressIssue(journey.enterPin(step1, pin(email)));
        byte[] p12 = journey.downloadP12(again);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(p12), pin(email).toCharArray());
        X509Certificate certificate = (X509Certificate) store.getCertificate(store.aliases().nextElement());
        assertEquals(new BigInteger(serial), certificate.getSerialNumber(), "the certificate issued before the reset");
        assertEquals("5", listRows(email).get(0).get(11));
    }

    @Test
    void resettingAnUnknownOrFinishedApplicationIsRefusedAsAProblem() {
        var unknown = sim.withToken("POST", "/sim/applications/999999/reset", null);
        assertEquals(404, unknown.statusCode());
        assertEquals("application/problem+json", unknown.headers().firstValue("Content-Type").orElse(""));
        var bad = sim.withToken("POST", "/sim/applications/abc/reset", null);
        assertEquals(400, bad.statusCode());
    }

    private static final java.util.Map<String, String> PINS = new java.util.concurrent.ConcurrentHashMap<>();

    private static RaClient.Page readyAtStep2(String email, String name, String id) {
        journey.upload("1", "1", new TsvRows().issue(TsvRows.clientDn(name, id), 5, 1, "重複 押下", email).bytes());
        PINS.put(email, journey.fetchPin(email));
        return journey.step2(email, pin(email));
    }

    private static String pin(String email) {
        return PINS.get(email);
    }

    private static CompletableFuture<RaClient.Page> click(RaClient.Page step2, CountDownLatch bothReady) {
        return CompletableFuture.supplyAsync(() -> {
            bothReady.countDown();
            try {
                bothReady.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return journey.pressIssue(step2);
        });
    }

    private static List<List<String>> listRows(String email) {
        String tsv = new String(journey.ra().getBytes(NiiJourney.LRA + "/syomeiDL_S_Cli.do").body(),
                Charset.forName("Windows-31J"));
        return java.util.Arrays.stream(tsv.split("\r\n")).map(line -> List.of(line.split("\t", -1)))
                .filter(fields -> fields.size() > 14 && fields.get(14).equals(email)).toList();
    }
}

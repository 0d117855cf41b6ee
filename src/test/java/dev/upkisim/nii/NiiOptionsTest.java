package dev.upkisim.nii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import dev.upkisim.config.Settings;
import dev.upkisim.config.SettingsCatalog;
import dev.upkisim.support.NiiJourney;
import dev.upkisim.support.Openssl;
import dev.upkisim.support.Outbox;
import dev.upkisim.support.RaClient;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.SmtpServer;
import dev.upkisim.support.TestFixtures;
import dev.upkisim.support.TsvRows;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The NII side with two institutions and non-default settings: the fixed double-submit quirk, modern P12 files,
 * SMTP and webhook delivery, and P12 bulk issuance.
 */
class NiiOptionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);
    @TempDir
    static Path data;
    @TempDir
    static Path fixtures;
    private static final List<String> WEBHOOK_BODIES = new CopyOnWriteArrayList<>();
    private static HttpServer webhook;
    private static RunningSimulator sim;
    private static NiiJourney journey;

    @BeforeAll
    static void start() throws Exception {
        TestFixtures.base(fixtures);
        Files.writeString(fixtures.resolve("institutions.yaml"), Files.readString(fixtures.resolve("institutions.yaml"))
                + """
                  - id: sample-c
                    name: {ja: 見本短期大学, en: Sample College}
                    dnBase: "O=Sample College, L=Sample-shi, C=JP"
                    domains: [sample.ac.jp]
                    raContact: {name: {ja: 見本短大 登録担当, en: Sample College RA}, email: ra@sample.ac.jp}
                """);
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hook", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            boolean ok = ("Basic " + Base64.getEncoder().encodeToString("hook:hook-secret".getBytes())).equals(auth);
            if (ok) {
                WEBHOOK_BODIES.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.US_ASCII));
            }
            exchange.sendResponseHeaders(ok ? 204 : 401, -1);
            exchange.close();
        });
        webhook.start();
        sim = RunningSimulator.start(Settings.forTests(data).with(SettingsCatalog.SIM_TOKEN, RunningSimulator.TOKEN)
                .with(SettingsCatalog.FIXTURES, fixtures)
                .with(SettingsCatalog.QUIRK_DOUBLE_SUBMIT, "fixed")
                .with(SettingsCatalog.P12_FORMAT, "modern")
                .with(SettingsCatalog.SMTP_HOST, "127.0.0.1")
                .with(SettingsCatalog.SMTP_PORT, SMTP.getSmtp().getPort())
                .with(SettingsCatalog.WEBHOOK_URL, URI.create("http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook"))
                .with(SettingsCatalog.WEBHOOK_USER, "hook")
                .with(SettingsCatalog.WEBHOOK_PASSWORD, "hook-secret"));
        journey = new NiiJourney(sim, "example-u");
    }

    @AfterAll
    static void stop() {
        sim.close();
        webhook.stop(0);
    }

    @Test
    void anRaSeesAndActsOnlyForItsOwnInstitution() {
        String email = "only.mine@example.ac.jp";
        String dn = TsvRows.clientDn("ONLY MINE", "s2605001");
        journey.upload("1", "1", new TsvRows().issue(dn, 5, 1, "自分 専用", email).bytes());
        journey.certificateUrl(email);

        NiiJourney other = new NiiJourney(sim, "sample-c");
        String otherList = new String(other.ra().getBytes(NiiJourney.LRA + "/syomeiDL_S_Cli.do").body(), TsvRows.CP932);
        assertFalse(otherList.contains(email), "another institution's RA does not see the row");
        assertEquals(1, otherList.split("\r\n").length, "only the header");
        RaClient.Page foreignDn = other.upload("1", "1", new TsvRows().issue(dn, 5, 1, "他人 です", "other@sample.ac.jp").bytes());
        assertEquals("クライアント証明書　発行・更新・失効申請エラー画面", foreignDn.heading(), "a DN of another institution");
    }

    @Test
    void withTheFixedQuirkASecondIssueShowsTheSameStep3AndTheP12IsModern() throws Exception {
        String email = "fixed.quirk@example.ac.jp";
        journey.upload("1", "1", new TsvRows().issue(TsvRows.clientDn("FIXED QUIRK", "s2605002"), 5, 1, "修正 済み", email).bytes());
        String pin = journey.fetchPin(email);
        RaClient.Page step2 = journey.step2(email, pin);
        RaClient.Page first = journey.pressIssue(step2);
        RaClient.Page second = journey.pressIssue(step2);
        assertEquals("【STEP3】証明書をダウンロード", second.heading());
        assertEquals(first.document().selectFirst("a#download").attr("href"), second.document().selectFirst("a#download").attr("href"));
        Path p12 = data.resolve("modern.p12");
        Files.write(p12, journey.downloadP12(second));
        var info = Openssl.openssl(data, "pkcs12", "-in", p12.toString(), "-passin", "pass:" + pin, "-nokeys", "-info");
        assertTrue(info.output().contains("PBES2, PBKDF2, AES-256-CBC"), info.output());
        assertTrue(info.output().contains("MAC: sha256"), info.output());
    }

    @Test
    void everyMailAlsoGoesToTheSmtpServerAndTheWebhookAndTheOutboxSaysSo() throws Exception {
        String email = "delivered.mail@example.ac.jp";
        journey.upload("1", "1", new TsvRows().issue(TsvRows.clientDn("DELIVERED MAIL", "s2605003"), 5, 1, "配信 確認", email).bytes());
        Outbox.Mail acceptance = journey.outbox().await(email, "発行受付通知");
        assertTrue(SMTP.waitForIncomingEmail(10_000, 1));
        JsonNode listed = dev.upkisim.support.Eventually.await("both deliveries", () -> {
            try {
                JsonNode all = JSON.readTree(sim.withToken("GET", "/sim/mail?application=" + acceptance.application(), null).body());
                for (JsonNode mail : all) {
                    if (mail.get("id").asLong() == acceptance.id()
                            && mail.get("deliveries").findValuesAsText("state").equals(List.of("DELIVERED", "DELIVERED"))) {
                        return java.util.Optional.of(mail);
                    }
                }
                return java.util.Optional.empty();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(List.of("smtp", "webhook"), listed.get("deliveries").findValuesAsText("transport"));
        assertTrue(SmtpServer.receivedBy(SMTP, email) > 0, "GreenMail received the user's mail");
        assertTrue(WEBHOOK_BODIES.stream().map(body -> new String(Base64.getDecoder().decode(body.trim()), StandardCharsets.ISO_8859_1))
                .anyMatch(raw -> raw.contains("To: " + email)), "the webhook got the base64 raw message");
    }

    @Test
    void bulkRowsGiveTheAdminABulkPinZipAndThenAZipOfP12FilesWithClientTxt() throws Exception {
        journey.upload("1", "1", new TsvRows()
                .issue(TsvRows.clientDn("BULK ONE", "s2605004"), 5, 2, "一括 一", "bulk.one@example.ac.jp")
                .issue(TsvRows.clientDn("BULK TWO", "s2605005"), 5, 2, "一括 二", "bulk.two@example.ac.jp").bytes());
        Outbox.Mail p12Mail = journey.outbox().await("kanri.jiro@example.ac.jp", "発行受付通知");
        String bulkP12Url = p12Mail.url("SPEntranceCliAll.jsp");
        RaClient browser = journey.browser();
        assertEquals(410, browser.get(bulkP12Url).status(), "the bulk P12 URL waits for the bulk PIN");

        Outbox.Mail pinMail = journey.outbox().all().stream()
                .filter(mail -> mail.kind().equals("bulk-pin")).findFirst().orElseThrow();
        RaClient.Page entrance = browser.get(pinMail.url("SPEntranceCliAllPin.jsp"));
        Element next = entrance.document().selectFirst("form[name=SPEntranceCliAllPinForm]");
        RaClient.Page download = browser.postFormPage(next.attr("action"), Map.of("p1", next.select("input[name=p1]").val()));
        Element form = download.document().selectFirst("form[name=SPDLCliAllPinForm]");
        String pins = NiiJourney.unzipFirst(browser.postForm(form.attr("action"),
                Map.of("p1", form.select("input[name=p1]").val())).body(), TsvRows.CP932);
        assertEquals(3, pins.split("\r\n").length, "header and two lines:\n" + pins);

        RaClient.Page p12Entrance = browser.get(bulkP12Url);
        Element p12Next = p12Entrance.document().selectFirst("form[name=SPEntranceCliAllForm]");
        RaClient.Page p12Download = browser.postFormPage(p12Next.attr("action"), Map.of("p1", p12Next.select("input[name=p1]").val()));
        Element p12Form = p12Download.document().selectFirst("form[name=SPDLCliAllForm]");
        byte[] zip = browser.postForm(p12Form.attr("action"), Map.of("p1", p12Form.select("input[name=p1]").val())).body();
        List<String> names = new java.util.ArrayList<>();
        String clientTxt = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                if (entry.getName().equals("client.txt")) {
                    clientTxt = new String(in.readAllBytes(), TsvRows.CP932);
                }
            }
        }
        assertEquals(List.of("bulk.one.p12", "bulk.two.p12", "client.txt"), names);
        String[] firstLine = clientTxt.split("\r\n")[0].split("\t");
        assertTrue(new BigInteger(firstLine[0]).signum() > 0, "a decimal serial first: " + clientTxt);
    }
}

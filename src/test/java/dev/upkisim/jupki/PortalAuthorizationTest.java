package dev.upkisim.jupki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.config.Settings;
import dev.upkisim.config.SettingsCatalog;
import dev.upkisim.support.PortalClient;
import dev.upkisim.support.RunningSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may do what in the portal (SPEC 4: no user reaches another user's data), and the CSRF and escaping rules. */
class PortalAuthorizationTest {
    @TempDir
    static Path data;
    @TempDir
    static Path fixtures;
    private static RunningSimulator sim;
    private static PortalClient hanako;
    private static PortalClient taro;
    private static long hanakosApplication;

    @BeforeAll
    static void start() throws Exception {
        for (String file : List.of("ca.yaml", "institutions.yaml", "users.yaml", "maintenance.yaml")) {
            Files.copy(Path.of("fixtures", file), fixtures.resolve(file));
        }
        Files.writeString(fixtures.resolve("users.yaml"), Files.readString(fixtures.resolve("users.yaml")) + """

                  - username: script.kiddie
                    password: kiddie-demo-2026
                    name: {ja: "<script>alert('x')</script>", en: "<b>Bold</b> Name"}
                    email: script.kiddie@example.ac.jp
                    affiliation: {ja: 試験, en: Test}
                    institution: example-u
                    roles: [member]
                """);
        sim = RunningSimulator.start(Settings.forTests(data).with(SettingsCatalog.SIM_TOKEN, RunningSimulator.TOKEN)
                .with(SettingsCatalog.FIXTURES, fixtures));
        hanako = PortalClient.loggedIn(sim, "mihon.hanako", "hanako-demo-2026");
        taro = PortalClient.loggedIn(sim, "shiken.taro", "taro-demo-2026");
        hanakosApplication = PortalSteps.applyAndWaitUntilValid(hanako, "client");
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void anotherMemberCannotSeeDownloadRenewOrRevokeItByGuessingUrls() {
        String id = String.valueOf(hanakosApplication);
        assertFalse(taro.get("/jupki/").html().contains("application-" + id));
        assertEquals(404, taro.get("/jupki/certificates/" + id + "/download").status());
        assertEquals(404, taro.get("/jupki/certificates/" + id + "/revoke").status());
        assertEquals(404, taro.get("/jupki/apply?renew=" + id).status());
        String csrf = taro.get("/jupki/").csrf();
        assertEquals(404, taro.post("/jupki/certificates/" + id + "/revoke", Map.of("_csrf", csrf, "reason", "1")).status());
        assertEquals(404, taro.post("/jupki/apply", Map.of("_csrf", csrf, "renew", id)).status());
        assertTrue(hanako.get("/jupki/").html().contains("application-" + id), "the owner still has it");
    }

    @Test
    void aMemberCannotUseStaffOrServerAdminPages() {
        assertEquals(403, hanako.get("/jupki/staff").status());
        assertEquals(403, hanako.get("/jupki/server").status());
        assertEquals(403, hanako.post("/jupki/staff/applications/" + hanakosApplication + "/reset",
                Map.of("_csrf", hanako.get("/jupki/").csrf())).status());
        PortalClient staff = PortalClient.loggedIn(sim, "madoguchi.shiro", "shiro-demo-2026");
        assertEquals(200, staff.get("/jupki/staff").status());
    }

    @Test
    void postsWithoutTheTokenWithAWrongOneOrFromAnotherSiteAreRefused() {
        assertEquals(403, hanako.post("/jupki/apply", Map.of("type", "client")).status());
        assertEquals(403, hanako.post("/jupki/apply", Map.of("_csrf", "forged", "type", "client")).status());
        String csrf = hanako.get("/jupki/").csrf();
        PortalClient.Page crossSite = hanako.post("/jupki/apply/confirm", Map.of("_csrf", csrf, "type", "client"),
                Map.of("Origin", "https://evil.example"));
        assertEquals(403, crossSite.status());
        assertTrue(crossSite.document().select("#error").text().contains("不正な送信"), crossSite.html());
        assertEquals(200, hanako.post("/jupki/apply/confirm", Map.of("_csrf", csrf, "type", "client")).status());
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginAndAWrongPasswordIsRefused() {
        PortalClient anonymous = new PortalClient(sim);
        PortalClient.Page login = anonymous.get("/jupki/apply");
        assertTrue(login.document().selectFirst("#login-form") != null, "redirected to the login");
        PortalClient.Page wrong = anonymous.post("/jupki/login", Map.of("_csrf", login.csrf(), "username", "mihon.hanako",
                "password", "guess"));
        assertEquals(401, wrong.status());
        assertTrue(wrong.document().select("#login-error").text().contains("正しくありません"));
        PortalClient.Page nobody = anonymous.post("/jupki/login", Map.of("_csrf", wrong.csrf(), "username", "nobody",
                "password", "guess-guess"));
        assertEquals(401, nobody.status());
    }

    @Test
    void namesWithMarkupAreShownEscaped() {
        PortalClient kiddie = PortalClient.loggedIn(sim, "script.kiddie", "kiddie-demo-2026");
        String html = kiddie.get("/jupki/").html();
        assertFalse(html.contains("<script>alert("), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
        assertFalse(kiddie.get("/jupki/?lang=en").html().contains("<b>Bold</b>"));
    }

    @Test
    void everyPageSwitchesLanguageAndEnglishPagesHaveNoJapaneseChrome() {
        PortalClient.Page english = hanako.get("/jupki/?lang=en");
        assertTrue(english.html().contains("<html lang=\"en\">"));
        assertTrue(english.document().select("nav").text().contains("Apply / renew"));
        assertFalse(english.document().select("nav, h1, th").text().matches(".*[\\u3040-\\u30ff\\u4e00-\\u9fff].*"),
                english.document().select("nav, h1, th").text());
        assertEquals("日本語", english.document().select("#language-switch").text());
        assertTrue(hanako.get("/jupki/help?lang=en").document().select("h1").text().contains("Help"));
    }
}

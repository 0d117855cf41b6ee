package dev.upkisim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkisim.support.RunningSimulator;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trainer dashboard's login (issue 5 item 7, SPEC 1.7): the token typed into a form becomes an HttpOnly,
 * SameSite=Strict cookie that the /sim/ API accepts like the bearer header — what a browser's EventSource needs.
 */
class DashboardLoginTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORM = "application/x-www-form-urlencoded";
    @TempDir
    static Path data;
    private static RunningSimulator sim;
    private static String origin;

    @BeforeAll
    static void start() {
        sim = RunningSimulator.start(data);
        origin = "http://localhost:" + sim.simulator().httpPort();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void withoutLoggingInTheDashboardIsALoginFormInTheBrowsersLanguage() {
        HttpResponse<String> japanese = sim.get(sim.http("/sim/"));
        assertEquals(200, japanese.statusCode());
        assertTrue(japanese.body().contains("<form method=\"post\" action=\"/sim/login\">"), japanese.body());
        assertTrue(japanese.body().contains("操作トークン"), japanese.body());
        assertFalse(japanese.body().contains("main.js"), "no dashboard before the login");
        assertEquals("text/html;charset=utf-8", japanese.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertTrue(japanese.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));

        HttpResponse<String> english = sim.get(sim.http("/sim/"), "Accept-Language", "en-US,en;q=0.9");
        assertTrue(english.body().contains("Control token"), english.body());
        assertTrue(sim.get(sim.http("/sim/?lang=en")).body().contains("Log in"));
    }

    @Test
    void aWrongTokenGivesTheFormAgainWithTheReasonAnd401() {
        HttpResponse<String> japanese = login("not-the-token-at-all", "ja");
        assertEquals(401, japanese.statusCode());
        assertTrue(japanese.body().contains("id=\"login-error\""), japanese.body());
        assertTrue(japanese.body().contains("トークンが違います"), japanese.body());
        assertTrue(japanese.headers().allValues("Set-Cookie").isEmpty());

        HttpResponse<String> english = login("", "en");
        assertEquals(401, english.statusCode());
        assertTrue(english.body().contains("That is not the token"), english.body());
    }

    @Test
    void theRightTokenSetsAStrictHttpOnlyCookieAndGoesToTheDashboard() {
        HttpResponse<String> response = login(RunningSimulator.TOKEN, "en");
        assertEquals(303, response.statusCode());
        assertEquals("/sim/?lang=en", response.headers().firstValue("Location").orElse(""));
        String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.startsWith("upki-sim-token="), setCookie);
        assertTrue(setCookie.contains("; Path=/sim") && setCookie.contains("; HttpOnly")
                && setCookie.contains("; SameSite=Strict"), setCookie);
        assertFalse(setCookie.contains("Secure"), "a login over plain HTTP cannot use a Secure cookie: " + setCookie);

        HttpResponse<String> dashboard = sim.get(sim.http("/sim/?lang=en"), "Cookie", cookie(setCookie));
        assertEquals(200, dashboard.statusCode());
        assertTrue(dashboard.body().contains("<html lang=\"en\">"), dashboard.body());
        assertTrue(dashboard.body().contains("/sim/assets/main.js"), dashboard.body());
    }

    @Test
    void theCookieOpensTheApiAsTheBearerHeaderDoes() throws Exception {
        String cookie = cookie(login(RunningSimulator.TOKEN, "ja").headers().firstValue("Set-Cookie").orElseThrow());
        HttpResponse<String> clock = sim.get(sim.http("/sim/clock"), "Cookie", cookie);
        assertEquals(200, clock.statusCode(), clock.body());
        assertTrue(JSON.readTree(clock.body()).has("now"));

        HttpResponse<String> frozen = sim.post(sim.http("/sim/clock"), "{\"frozen\": false}", "Cookie", cookie,
                "Origin", origin, "Content-Type", "application/json");
        assertEquals(200, frozen.statusCode(), frozen.body());
    }

    @Test
    void aChangeProvenOnlyByTheCookieMustComeFromTheDashboardsOwnOrigin() throws Exception {
        String cookie = cookie(login(RunningSimulator.TOKEN, "ja").headers().firstValue("Set-Cookie").orElseThrow());
        for (String[] headers : new String[][] {
                {"Cookie", cookie, "Origin", "http://localhost:1", "Content-Type", "application/json"},
                {"Cookie", cookie, "Content-Type", "application/json"}}) {
            HttpResponse<String> response = sim.post(sim.http("/sim/clock"), "{\"advance\": \"P1D\"}", headers);
            assertEquals(403, response.statusCode(), response.body());
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
            assertEquals("urn:upki-sim:problem:cross-origin", JSON.readTree(response.body()).get("type").asText());
        }
    }

    @Test
    void aForgedOrMangledCookieIsRefused() {
        String forged = "upki-sim-token=" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString("guessed-token-guessed-token".getBytes(StandardCharsets.UTF_8));
        for (String cookie : new String[] {forged, "upki-sim-token=%%%not-base64", "upki-sim-token="}) {
            assertEquals(401, sim.get(sim.http("/sim/clock"), "Cookie", cookie).statusCode(), cookie);
            assertFalse(sim.get(sim.http("/sim/"), "Cookie", cookie).body().contains("main.js"), cookie);
        }
    }

    @Test
    void loggingOutClearsTheCookie() {
        HttpResponse<String> response = sim.post(sim.http("/sim/logout"), "lang=en", "Content-Type", FORM);
        assertEquals(303, response.statusCode());
        assertEquals("/sim/?lang=en", response.headers().firstValue("Location").orElse(""));
        String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.startsWith("upki-sim-token=;") && setCookie.contains("Max-Age=0"), setCookie);
    }

    @Test
    void theDashboardsFilesNeedNoTokenAndOnlyItsOwnFilesAreServed() throws Exception {
        HttpResponse<String> script = sim.get(sim.http("/sim/assets/main.js"));
        assertEquals(200, script.statusCode());
        assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElse(""));
        assertEquals("text/css; charset=utf-8",
                sim.get(sim.http("/sim/assets/dashboard.css")).headers().firstValue("Content-Type").orElse(""));
        for (String path : new String[] {"/sim/assets/no-such-panel.js", "/sim/assets/index.html",
                "/sim/assets/%2e%2e%2fDashboardRoutes.class"}) {
            HttpResponse<String> response = sim.get(sim.http(path));
            assertEquals(404, response.statusCode(), path);
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), path);
        }
    }

    @Test
    void theLinksTellWhereEachFaceAndEachInstitutionsCredentialsAre() throws Exception {
        JsonNode links = JSON.readTree(sim.withToken("GET", "/sim/links", null).body());
        JsonNode relyingParty = find(links.get("faces"), "relying-party");
        assertEquals(sim.simulator().relyingPartyPort(), relyingParty.get("port").asInt());
        assertEquals("/rp/check", relyingParty.get("path").asText());
        assertEquals(sim.simulator().httpsPort(), find(links.get("faces"), "nii-ra").get("port").asInt());
        assertEquals("/jupki/", find(links.get("faces"), "portal").get("path").asText());
        assertTrue(find(links.get("faces"), "api").get("probe").asBoolean());
        JsonNode institution = links.get("institutions").get(0);
        assertEquals("example-u", institution.get("id").asText());
        assertEquals("架空大学", institution.get("name").get("ja").asText());
        assertEquals(200, sim.withToken("GET", institution.get("pem").asText(), null).statusCode());
        assertEquals(401, sim.get(sim.http("/sim/links")).statusCode());
    }

    private static JsonNode find(JsonNode faces, String key) {
        for (JsonNode face : faces) {
            if (face.get("key").asText().equals(key)) {
                return face;
            }
        }
        throw new AssertionError("no face " + key + " in " + faces);
    }

    private static HttpResponse<String> login(String token, String lang) {
        return sim.post(sim.http("/sim/login"), "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&lang=" + lang,
                "Content-Type", FORM);
    }

    /** The {@code name=value} a browser sends back for a {@code Set-Cookie}. */
    private static String cookie(String setCookie) {
        return setCookie.substring(0, setCookie.indexOf(';'));
    }
}

package dev.upkisim.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkisim.support.Openssl;
import dev.upkisim.support.PortalClient;
import dev.upkisim.support.RaClient;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.SimJson;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** HTTP fault actions through real clients: each face's own error page, a real-time delay, a real TCP reset. */
class HttpFaultsTest {
    @RegisterExtension
    static final RunningSimulator sim = RunningSimulator.perClass();
    private static final SimFaults faults = new SimFaults(sim);
    @TempDir
    Path work;

    @BeforeEach
    void noRules() {
        faults.clear();
    }

    @Test
    void aStatusOnTheNiiFaceIsItsEucJpErrorPageForThatInstitutionsRaOnceOnly() {
        long id = faults.add("{'match': {'face': 'upki', 'path': '/upki-odcert/*', 'institution': 'example-u'},"
                + " 'trigger': {'type': 'next', 'count': 1}, 'action': {'type': 'status', 'status': 503}}");
        RaClient.Page oneTimeUrl = RaClient.anonymous(sim).get("/upki-odcert/download/view/jsp/SPEntranceCliPin.jsp?p1=none");
        assertEquals(404, oneTimeUrl.status(), "the one-time URL pages do not know the institution: no fault");

        RaClient ra = RaClient.forInstitution(sim, "example-u");
        RaClient.Page faulted = ra.get("/upki-odcert/lra/SSLLogin.do");
        assertEquals(503, faulted.status());
        assertEquals("text/html; charset=EUC-JP", faulted.contentType());
        assertEquals("国立情報学研究所 電子証明書自動発行支援システム", faulted.document().title());
        assertEquals("システムエラー", faulted.heading());

        RaClient.Page again = ra.get("/upki-odcert/lra/SSLLogin.do");
        assertEquals(200, again.status(), "fail the next 1: the second request goes through");
        assertEquals(1, faults.rule(id).get("fired").asInt());
        assertEquals(2, faults.rule(id).get("considered").asInt());

        JsonNode event = faults.lastFired();
        assertEquals("upki", event.get("face").asText());
        assertEquals("example-u", event.get("institution").asText());
        assertTrue(event.get("reason").asText().startsWith("Fault rule " + id + " fired on GET /upki-odcert/lra/SSLLogin.do"
                + " for institution example-u: answer HTTP 503"), event.get("reason").asText());
    }

    @Test
    void aStatusOnThePortalIsThePortalsErrorPageForTheNamedMemberOnly() {
        long id = faults.add("{'match': {'face': 'jupki', 'user': 'shiken.taro'}, 'action': {'type': 'status', 'status': 500}}");
        PortalClient hanako = PortalClient.loggedIn(sim, "mihon.hanako", "hanako-demo-2026");
        PortalClient.Page taroLogin = new PortalClient(sim).get("/jupki/login");
        PortalClient.Page taroHome = new PortalClient(sim).post("/jupki/login", java.util.Map.of("_csrf", "x"));
        assertEquals(200, taroLogin.status(), "not logged in yet: nobody to match");
        assertEquals(403, taroHome.status(), "no CSRF token: refused by the portal, not by the fault");

        PortalClient taro = loginWithoutHome(); // the login's redirect to home is faulted already
        PortalClient.Page faulted = taro.get("/jupki/");
        assertEquals(500, faulted.status());
        assertEquals("処理中にエラーが発生しました。", faulted.document().selectFirst("#error").text());
        assertTrue(faulted.html().contains("J-UPKI") || faulted.html().contains("電子証明書管理システム"), faulted.html());
        assertEquals(200, hanako.get("/jupki/").status());

        JsonNode event = faults.lastFired();
        assertEquals("jupki", event.get("face").asText());
        assertEquals("shiken.taro", event.get("user").asText());
        assertEquals("example-u", event.get("institution").asText());
        assertTrue(faults.rule(id).get("fired").asInt() >= 2, faults.rule(id).toString());
    }

    /** Taro logs in; the portal's redirect after the login is already faulted, so only the cookie matters. */
    private PortalClient loginWithoutHome() {
        PortalClient taro = new PortalClient(sim);
        PortalClient.Page login = taro.get("/jupki/login");
        PortalClient.Page afterLogin = taro.post("/jupki/login", java.util.Map.of("_csrf", login.csrf(),
                "username", "shiken.taro", "password", "taro-demo-2026"));
        assertEquals(500, afterLogin.status(), "the home page after the login is Taro's: faulted");
        return taro;
    }

    @Test
    void aStatusOnTheControlApiIsAProblemDocumentButTheFaultsApiIsNeverFaulted() throws Exception {
        long id = faults.add("{'match': {'face': 'sim'}, 'action': {'type': 'status', 'status': 503}}");
        HttpResponse<String> clock = sim.withToken("GET", "/sim/clock", null);
        assertEquals(503, clock.statusCode());
        assertEquals("application/problem+json", clock.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = SimJson.parse(clock.body());
        assertEquals("urn:upki-sim:problem:fault-injected", problem.get("type").asText());
        assertTrue(problem.get("detail").asText().contains("fault rule " + id), problem.toString());

        assertEquals(200, sim.withToken("GET", "/sim/faults", null).statusCode());
        assertEquals(0, faults.rule(id).get("considered").asInt() - 1, "only /sim/clock was considered");
    }

    @Test
    void aStatusOnTheRepositoryIsItsOwnPage() {
        faults.add("{'match': {'face': 'repo', 'path': '/repo/ca/*'}, 'action': {'type': 'status', 'status': 503}}");
        HttpResponse<String> page = sim.get(sim.http("/repo/ca/root.pem?lang=en"));
        assertEquals(503, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("Something went wrong"), page.body());
        assertEquals(200, sim.get(sim.http("/repo/ca.json")).statusCode(), "another path of the face");
    }

    @Test
    void aDelayHoldsTheAnswerInRealTimeThenAnswersAsUsual() {
        faults.add("{'match': {'face': 'repo', 'path': '/repo/ca.json', 'method': 'GET'},"
                + " 'trigger': {'type': 'next', 'count': 1}, 'action': {'type': 'delay', 'duration': 'PT0.8S'}}");
        long start = System.nanoTime();
        HttpResponse<String> slow = sim.get(sim.http("/repo/ca.json"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(200, slow.statusCode());
        assertTrue(slow.body().contains("sha256"), slow.body());
        assertTrue(took.toMillis() >= 800, "took " + took.toMillis() + " ms");
        assertTrue(faults.lastFired().get("reason").asText().contains("delay the answer by 800 ms"));
    }

    @Test
    void aResetDropsTheConnectionSoCurlAndJavaSeeAConnectionErrorNotAnAnswer() {
        long id = faults.add("{'match': {'face': 'repo', 'path': '/repo/ca.json'}, 'action': {'type': 'reset'}}");
        Openssl.Result curl = Openssl.run(work, List.of("curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}",
                sim.http("/repo/ca.json").toString()));
        assertEquals(56, curl.exitCode(), "curl: failure receiving network data: " + curl.output());
        assertTrue(curl.output().contains("Connection reset by peer"), curl.output());

        Openssl.Result tls = Openssl.run(work, List.of("curl", "-sS", "-k", "-o", "/dev/null",
                sim.https("/repo/ca.json").toString()));
        assertNotEquals(0, tls.exitCode(), "over TLS too: " + tls.output());
        assertTrue(tls.output().contains("reset") || tls.output().contains("SSL_read"), tls.output());

        IOException java = assertThrows(IOException.class, () -> HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(sim.http("/repo/ca.json")).build(), HttpResponse.BodyHandlers.ofString()));
        assertTrue(java.getMessage() != null, "Java's HttpClient fails with " + java);
        assertTrue(faults.rule(id).get("fired").asInt() >= 3);
        assertEquals(200, sim.get(sim.http("/repo/")).statusCode(), "the server itself is fine");
    }
}

package dev.upkisim.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkisim.support.PortalClient;
import dev.upkisim.support.RaClient;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.SimMaintenance;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each face in maintenance answers with its own maintenance page (SPEC 1.6): 503 and Retry-After (RFC 9110 §10.2.3),
 * the NII face in EUC-JP, the portal in Japanese or English, the repository and ACME as problem documents, while
 * {@code /sim/} and the other faces go on. The clock is frozen, so Retry-After is exact.
 */
class MaintenancePagesTest {
    @TempDir
    static Path data;
    private static RunningSimulator sim;
    private static SimMaintenance maintenance;

    @BeforeAll
    static void start() {
        sim = RunningSimulator.start(data);
        maintenance = new SimMaintenance(sim);
        sim.withToken("POST", "/sim/clock", "{\"frozen\": true}");
    }

    @AfterEach
    void endMaintenance() {
        maintenance.deleteAdded();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void theNiiFaceAnswersItsEucJpMaintenancePageWith503AndRetryAfter() {
        RaClient ra = RaClient.forInstitution(sim, "example-u"); // the credentials come from /sim/, never blocked
        maintenance.openNow("upki", "PT2H");
        for (String path : new String[] {"/upki-odcert/lra/SSLLogin.do", "/upki-odcert/download/SPEntranceCli.jsp?p1=x"}) {
            HttpResponse<byte[]> response = ra.getBytes(path);
            assertEquals(503, response.statusCode(), path);
            assertEquals("7200", response.headers().firstValue("Retry-After").orElse(""), path);
            assertEquals("text/html; charset=EUC-JP", response.headers().firstValue("Content-Type").orElse(""));
            Document page = Jsoup.parse(new String(response.body(), RaClient.EUC_JP));
            assertEquals("システムメンテナンスのお知らせ", page.select("h2").text());
            assertTrue(page.getElementById("maintenance").text().contains("メンテナンス"), page.outerHtml());
            assertTrue(page.text().contains("UPKI電子証明書発行サービス（NII） メンテナンス"), page.text());
        }
        assertEquals(200, sim.get(sim.http("/repo/ca.json")).statusCode(), "the repository is another face");
        assertEquals(200, new PortalClient(sim).get("/jupki/").status(), "and so is the portal");
    }

    @Test
    void thePortalAnswersItsOwnPageInJapaneseOrEnglishEvenForAPost() {
        maintenance.add("{\"face\": \"jupki\", \"duration\": \"PT30M\", \"title\": {\"ja\": \"サーバ更新作業\", \"en\": \"Server update\"}}");
        PortalClient browser = new PortalClient(sim);
        PortalClient.Page japanese = browser.get("/jupki/");
        assertEquals(503, japanese.status());
        assertEquals("ja", japanese.document().select("html").attr("lang"));
        assertEquals("システムメンテナンス中", japanese.document().select("h1").text());
        assertTrue(japanese.document().getElementById("maintenance-notice").text().contains("サーバ更新作業"));
        PortalClient.Page english = browser.get("/jupki/login?lang=en");
        assertEquals(503, english.status());
        assertEquals("Under maintenance", english.document().select("h1").text());
        assertTrue(english.document().getElementById("maintenance-period").text().contains("JST"), english.html());
        assertEquals(503, browser.post("/jupki/login", java.util.Map.of("username", "mihon.hanako")).status(),
                "a form sent during maintenance meets the page, not a CSRF error");

        HttpResponse<String> raw = sim.get(sim.http("/jupki/help"), "Accept-Language", "en");
        assertEquals("1800", raw.headers().firstValue("Retry-After").orElse(""));
        assertEquals("no-store", raw.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(raw.body().contains("Server update"), raw.body());
    }

    @Test
    void theRepositoryAnswersAProblemDocumentToClientsAndAPageToBrowsers() {
        String id = maintenance.openNow("repo", "PT10M");
        HttpResponse<String> pem = sim.get(sim.http("/repo/ca/root.pem"));
        assertEquals(503, pem.statusCode());
        assertEquals("600", pem.headers().firstValue("Retry-After").orElse(""));
        assertEquals("application/problem+json", pem.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = SimMaintenance.json(pem.body());
        assertEquals("urn:upki-sim:problem:maintenance", problem.get("type").asText());
        assertEquals(503, problem.get("status").asInt());
        assertEquals("repo", problem.get("face").asText());
        assertEquals(id, problem.get("maintenance").asText());
        assertEquals(600, problem.get("retryAfter").asInt());
        assertTrue(problem.get("detail").asText().contains("CA repository is in maintenance until"), problem.toString());

        HttpResponse<String> ocsp = RunningSimulator.send(java.net.http.HttpClient.newHttpClient(),
                HttpRequest.newBuilder(sim.http("/repo/ocsp")).header("Content-Type", "application/ocsp-request")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {0x30, 0x00})).build());
        assertEquals(503, ocsp.statusCode());

        HttpResponse<String> page = sim.get(sim.http("/repo/?lang=en"), "Accept", "text/html");
        assertEquals(503, page.statusCode());
        assertTrue(page.body().contains("The CA repository is under maintenance"), page.body());
        assertTrue(sim.get(sim.http("/repo/p12-doctor"), "Accept", "text/html").body().contains("メンテナンス中"));
    }

    @Test
    void acmeIsGuardedBeforeTheAcmeFaceExists() {
        maintenance.openNow("acme", "PT5M");
        HttpResponse<String> directory = sim.get(sim.http("/acme/directory"), "Accept", "application/json");
        assertEquals(503, directory.statusCode(), directory.body());
        assertEquals("300", directory.headers().firstValue("Retry-After").orElse(""));
        assertEquals("acme", SimMaintenance.json(directory.body()).get("face").asText());
        maintenance.deleteAdded();
        assertEquals(404, sim.get(sim.http("/acme/directory")).statusCode(), "no ACME face yet: after the window, not found");
    }

    @Test
    void simIsNeverInMaintenanceSoATrainerCanEndIt() {
        for (String face : new String[] {"jupki", "upki", "acme", "repo"}) {
            maintenance.openNow(face, "PT1H");
        }
        assertEquals(200, sim.withToken("GET", "/sim/clock", null).statusCode());
        assertEquals(200, sim.get(sim.http("/sim/health")).statusCode());
        assertEquals(4, maintenance.list().get("windows").size());
        assertEquals(200, sim.withToken("DELETE", "/sim/maintenance", null).statusCode());
        assertEquals(200, new PortalClient(sim).get("/jupki/").status());
        assertEquals(200, sim.get(sim.http("/repo/ca.json")).statusCode());
    }

    @Test
    void theFirstBlockedRequestIsOnTheTimelineAndTheOthersAreCounted() {
        String id = maintenance.openNow("repo", "PT1H");
        int before = maintenance.events("maintenance.blocked").size();
        for (int i = 0; i < 3; i++) {
            assertEquals(503, sim.get(sim.http("/repo/ca.json")).statusCode());
        }
        var blocked = maintenance.events("maintenance.blocked");
        assertEquals(before + 1, blocked.size());
        JsonNode event = blocked.get(blocked.size() - 1);
        assertEquals("repo", event.get("face").asText());
        assertTrue(event.get("reason").asText().contains("answered GET /repo/ca.json with its maintenance page"), event.toString());
        JsonNode window = maintenance.window(id);
        assertTrue(window.get("active").asBoolean());
        assertEquals(3, window.get("current").get("blockedRequests").asInt());
        var started = maintenance.events("maintenance.started");
        assertTrue(started.stream().anyMatch(e -> e.get("face").asText().equals("repo")), started.toString());
    }

    @Test
    void thePortalsBoxShowsCurrentAndComingMaintenanceAddedThroughTheApi() {
        maintenance.openNow("acme", "PT1H");
        String clock = SimMaintenance.json(sim.withToken("GET", "/sim/clock", null).body()).get("now").asText();
        java.time.Instant tomorrow = java.time.Instant.parse(clock).plus(java.time.Duration.ofDays(1));
        String coming = maintenance.add("{\"face\": \"upki\", \"start\": \"" + tomorrow + "\", \"duration\": \"PT3H\","
                + " \"title\": {\"ja\": \"発行システム更新\", \"en\": \"Issuing system update\"}}");
        PortalClient.Page home = new PortalClient(sim).get("/jupki/");
        assertEquals(200, home.status());
        var box = home.document().getElementById("maintenance");
        var upcoming = box.selectFirst("li[data-window=" + coming + "]");
        assertTrue(upcoming.text().startsWith("予定 発行システム更新"), upcoming.text());
        var now = box.selectFirst("li[data-face=acme]");
        assertTrue(now.text().startsWith("実施中 ACMEサービス メンテナンス"), now.text());
        assertTrue(new PortalClient(sim).get("/jupki/?lang=en").document().getElementById("maintenance").text()
                .contains("Scheduled Issuing system update"));
        assertFalse(box.text().contains("定期メンテナンス"), "the fixtures' calendar is off in tests");
    }
}

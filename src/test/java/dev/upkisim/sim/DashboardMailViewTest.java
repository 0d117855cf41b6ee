package dev.upkisim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkisim.support.NiiJourney;
import dev.upkisim.support.Outbox;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.TsvRows;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET /sim/mail/{id}.json}: the dashboard's readable view of an outbox mail — the ISO-2022-JP, S/MIME-signed
 * notification (SPEC 1.4) decoded as a mail client shows it.
 */
class DashboardMailViewTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "mail.view@example.ac.jp";
    @TempDir
    static Path data;
    private static RunningSimulator sim;
    private static Outbox.Mail acceptance;

    @BeforeAll
    static void start() {
        sim = RunningSimulator.start(data);
        NiiJourney journey = new NiiJourney(sim, "example-u");
        journey.upload("1", "1", new TsvRows()
                .issue(TsvRows.clientDn("MAIL VIEW", "s2612001"), 5, 1, "見本 閲覧", USER).bytes());
        acceptance = journey.outbox().await(USER, "発行受付通知");
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void aNotificationReadsWithItsJapaneseSubjectTextAndSignature() throws Exception {
        HttpResponse<String> response = sim.withToken("GET", "/sim/mail/" + acceptance.id() + ".json", null);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode mail = JSON.readTree(response.body());

        assertEquals(acceptance.id(), mail.get("id").asLong());
        assertTrue(mail.get("subject").asText().contains("発行受付通知"), mail.toString());
        assertEquals(acceptance.subject(), mail.get("subject").asText(), "the subject the outbox list shows");
        assertEquals(USER, mail.get("to").get(0).asText());
        assertTrue(mail.get("from").asText().endsWith(">"), "a display name and an address: " + mail.get("from"));
        Instant.parse(mail.get("date").asText());
        assertTrue(mail.get("signed").asBoolean());
        String text = mail.get("text").asText();
        assertEquals(acceptance.text(), text, "the text a mail client shows");
        assertTrue(text.contains("見本 閲覧") || text.contains("SPEntranceCli.jsp"), text);
        assertTrue(text.contains(acceptance.url("SPEntranceCli.jsp")), text);
        JsonNode signature = mail.get("attachments").get(mail.get("attachments").size() - 1);
        assertEquals("application/pkcs7-signature", signature.get("contentType").asText());
        assertTrue(signature.get("size").asLong() > 0);
        assertEquals("/sim/mail/" + acceptance.id() + ".eml", mail.get("raw").asText());
    }

    @ParameterizedTest(name = "{0} → 404 problem")
    @ValueSource(strings = {"/sim/mail/abc.json", "/sim/mail/999999.json", "/sim/mail/1.txt", "/sim/mail/-1.json",
            "/sim/mail/1.json.eml"})
    void aBadOrUnknownIdIsAProblemDocument(String path) throws Exception {
        HttpResponse<String> response = sim.withToken("GET", path, null);
        assertEquals(404, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, JSON.readTree(response.body()).get("status").asInt());
    }

    @Test
    void theReadableViewNeedsTheToken() {
        assertEquals(401, sim.get(sim.http("/sim/mail/" + acceptance.id() + ".json")).statusCode());
    }
}

package dev.upkisim.nii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.support.NiiJourney;
import dev.upkisim.support.RaClient;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.TsvRows;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One-time URLs are valid one month on the simulated clock (SPEC 1.3); its own simulator, as it moves the clock. */
class UrlExpiryTest {
    @Test
    void aMailedUrlExpiresAfterOneMonthOnTheSimulatedClock(@TempDir Path data) {
        try (RunningSimulator sim = RunningSimulator.start(data)) {
            NiiJourney journey = new NiiJourney(sim, "example-u");
            String email = "too.late@example.ac.jp";
            journey.upload("1", "1", new TsvRows()
                    .issue(TsvRows.clientDn("TOO LATE", "s2601021"), 5, 1, "遅刻 者", email).bytes());
            String pinUrl = journey.outbox().await("kanri.jiro@example.ac.jp", "アクセスPIN").url("SPEntranceCliPin.jsp");
            String certificateUrl = journey.certificateUrl(email);
            assertEquals(200, sim.withToken("POST", "/sim/clock", "{\"frozen\": true, \"advance\": \"P29D\"}").statusCode());
            assertEquals(200, journey.browser().get(pinUrl).status(), "still valid after 29 days");
            sim.withToken("POST", "/sim/clock", "{\"advance\": \"P2D\"}");
            for (String url : List.of(pinUrl, certificateUrl)) {
                RaClient.Page expired = journey.browser().get(url);
                assertEquals(410, expired.status());
                assertTrue(expired.document().text().contains("有効期限が切れています"), expired.document().text());
            }
        }
    }
}

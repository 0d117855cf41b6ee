package dev.upkisim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkisim.support.Eventually;
import dev.upkisim.support.NiiJourney;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.TsvRows;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The timeline (issue 5 item 6): what happened to which application, and why — listed, filtered and streamed. */
class TimelineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final RunningSimulator sim = RunningSimulator.perClass();

    @Test
    void anApplicationsJourneyIsToldEventByEventWithBothClocksAndAReason() throws Exception {
        NiiJourney journey = new NiiJourney(sim, "example-u");
        String email = "timeline.taro@example.ac.jp";
        journey.upload("1", "1", new TsvRows()
                .issue(TsvRows.clientDn("TIMELINE TARO", "s2611001"), 5, 1, "時系 太郎", email).bytes());
        journey.outbox().await("kanri.jiro@example.ac.jp", "アクセスPIN");

        JsonNode mine = events("/sim/events?user=" + email);
        List<String> kinds = new ArrayList<>();
        mine.forEach(event -> kinds.add(event.get("kind").asText()));
        assertEquals(List.of("application.received", "application.awaiting-pickup"), kinds);
        JsonNode received = mine.get(0);
        long application = received.get("application").asLong();
        assertEquals("upki", received.get("face").asText());
        assertEquals("example-u", received.get("institution").asText());
        assertTrue(received.get("reason").asText().contains("accepted"), received.toString());
        Instant.parse(received.get("simulatedAt").asText());
        Instant.parse(received.get("realAt").asText());

        JsonNode forApplication = events("/sim/events?application=" + application);
        assertTrue(forApplication.size() >= 4, "received, two mails queued, awaiting pickup: " + forApplication);
        JsonNode mails = events("/sim/events?application=" + application + "&kind=mail");
        assertEquals(2, mails.size(), "the PIN notice and the acceptance notice: " + mails);
        mails.forEach(mail -> assertEquals("mail.queued", mail.get("kind").asText()));
        JsonNode page = events("/sim/events?application=" + application + "&limit=1&after="
                + forApplication.get(0).get("id").asLong());
        assertEquals(forApplication.get(1).get("id").asLong(), page.get(0).get("id").asLong(), "paged by id");
    }

    @Test
    void aClockChangeIsAnEventOfTheSimFace() throws Exception {
        sim.withToken("POST", "/sim/clock", "{\"advance\":\"PT1H\"}");
        JsonNode clock = events("/sim/events?face=sim&kind=clock.changed");
        assertTrue(clock.size() >= 1);
        assertTrue(clock.get(clock.size() - 1).get("reason").asText().contains("advanced by PT1H"), clock.toString());
    }

    @Test
    void theLiveStreamSendsEventsAsTheyHappen() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(sim.http("/sim/events/stream?face=sim"))
                .header("Authorization", "Bearer " + RunningSimulator.TOKEN).header("Accept", "text/event-stream")
                .GET().build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"), response.headers().toString());
        BlockingQueue<String> lines = new ArrayBlockingQueue<>(100);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.put(line);
                }
            } catch (Exception closed) {
                // the test closes the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            // the stream starts from "now": changing the clock after it opened must arrive on it
            String data = Eventually.await("a clock event on the stream", () -> {
                sim.withToken("POST", "/sim/clock", "{\"advance\":\"PT1M\"}");
                try {
                    for (String line = lines.poll(500, TimeUnit.MILLISECONDS); line != null;
                         line = lines.poll(100, TimeUnit.MILLISECONDS)) {
                        if (line.startsWith("data:") && line.contains("clock.changed")) {
                            return Optional.of(line.substring(5));
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Optional.empty();
            });
            assertEquals("sim", JSON.readTree(data).get("face").asText());
        } finally {
            response.body().close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sim/events?application=seven", "/sim/events?limit=0", "/sim/events?limit=5000",
            "/sim/events?after=-1", "/sim/events/stream?after=x"})
    void badFiltersAreRefusedWithAProblemDocument(String path) throws Exception {
        HttpResponse<String> response = sim.withToken("GET", path, null);
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(JSON.readTree(response.body()).get("detail").asText().length() > 10, response.body());
    }

    @Test
    void theTimelineNeedsTheToken() {
        assertEquals(401, sim.get(sim.http("/sim/events")).statusCode());
        assertEquals(401, sim.get(sim.http("/sim/events/stream")).statusCode());
    }

    private static JsonNode events(String path) throws Exception {
        HttpResponse<String> response = sim.withToken("GET", path, null);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }
}

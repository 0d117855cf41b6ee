package dev.upkisim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkisim.support.RunningSimulator;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the dashboard's timeline reads: the newest events ({@code ?last=N}), then the stream as a browser's
 * EventSource takes it — proven by the login cookie, events unnamed ({@code named=false}), resumed after the
 * {@code Last-Event-ID}.
 */
class DashboardTimelineFeedTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path data;
    private static RunningSimulator sim;

    @BeforeAll
    static void start() {
        sim = RunningSimulator.start(data);
        for (int i = 0; i < 5; i++) {
            sim.withToken("POST", "/sim/clock", "{\"advance\":\"PT" + (i + 1) + "M\"}");
        }
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void lastGivesTheNewestEventsOldestFirst() throws Exception {
        List<Long> all = ids(sim.withToken("GET", "/sim/events", null).body());
        List<Long> newest = ids(sim.withToken("GET", "/sim/events?last=3", null).body());
        assertEquals(all.subList(all.size() - 3, all.size()), newest);
        JsonNode filtered = JSON.readTree(sim.withToken("GET", "/sim/events?last=2&face=sim", null).body());
        assertTrue(filtered.get(1).get("reason").asText().contains("PT5M"), filtered.toString());
        for (String bad : new String[] {"last=0", "last=1001", "last=x", "last=2&limit=2"}) {
            assertEquals(400, sim.withToken("GET", "/sim/events?" + bad, null).statusCode(), bad);
        }
    }

    @Test
    void theStreamAcceptsTheCookieSendsUnnamedEventsAndResumesAfterTheLastEventId() throws Exception {
        String setCookie = sim.post(sim.http("/sim/login"), "token=" + RunningSimulator.TOKEN,
                "Content-Type", "application/x-www-form-urlencoded").headers().firstValue("Set-Cookie").orElseThrow();
        List<Long> all = ids(sim.withToken("GET", "/sim/events", null).body());
        long resumeAfter = all.get(all.size() - 3);
        HttpRequest request = HttpRequest.newBuilder(sim.http("/sim/events/stream?named=false&after=0"))
                .header("Cookie", setCookie.substring(0, setCookie.indexOf(';'))).header("Accept", "text/event-stream")
                .header("Last-Event-ID", Long.toString(resumeAfter)).GET().build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
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
            List<String> eventNames = new ArrayList<>();
            List<Long> streamed = new ArrayList<>();
            while (streamed.size() < 2) {
                String line = lines.poll(10, TimeUnit.SECONDS);
                assertTrue(line != null, "the stream stopped after " + streamed);
                if (line.startsWith("event:")) {
                    eventNames.add(line.substring(6).trim());
                } else if (line.startsWith("id:")) {
                    streamed.add(Long.parseLong(line.substring(3).trim()));
                }
            }
            assertEquals(all.subList(all.size() - 2, all.size()), streamed, "after the Last-Event-ID, not after=0");
            assertTrue(eventNames.stream().allMatch("message"::equals), eventNames.toString());
        } finally {
            response.body().close();
        }
    }

    private static List<Long> ids(String body) throws Exception {
        List<Long> ids = new ArrayList<>();
        JSON.readTree(body).forEach(event -> ids.add(event.get("id").asLong()));
        return ids;
    }
}

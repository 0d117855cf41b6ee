package dev.upkisim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkisim.support.RunningSimulator;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final RunningSimulator sim = RunningSimulator.perClass();

    @Test
    void healthNeedsNoTokenAndSaysOk() throws Exception {
        HttpResponse<String> response = sim.get(sim.http("/sim/health"));
        assertEquals(200, response.statusCode());
        assertEquals("ok", JSON.readTree(response.body()).get("status").asText());
    }

    @Test
    void controlCallsWithoutTheTokenAreRefusedWithAProblemDocument() throws Exception {
        for (HttpResponse<String> response : new HttpResponse[] {
                sim.get(sim.http("/sim/clock")),
                sim.get(sim.http("/sim/clock"), "Authorization", "Bearer wrong-token-wrong-token"),
                sim.get(sim.http("/sim/clock"), "Authorization", "Basic " + RunningSimulator.TOKEN),
                sim.post(sim.http("/sim/clock"), "{\"advance\":\"P1D\"}")}) {
            assertEquals(401, response.statusCode());
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
            assertEquals("Bearer realm=\"upki-sim\"", response.headers().firstValue("WWW-Authenticate").orElse(""));
            JsonNode problem = JSON.readTree(response.body());
            assertEquals("urn:upki-sim:problem:unauthorized", problem.get("type").asText());
            assertEquals(401, problem.get("status").asInt());
        }
    }

    @Test
    void theClockIsReadAndChangedWithTheToken() throws Exception {
        JsonNode before = JSON.readTree(sim.withToken("GET", "/sim/clock", null).body());
        Instant now = Instant.parse(before.get("now").asText());
        assertTrue(before.has("speed") && before.has("frozen"), before.toString());

        HttpResponse<String> frozen = sim.withToken("POST", "/sim/clock", "{\"frozen\": true, \"advance\": \"P30D\"}");
        assertEquals(200, frozen.statusCode(), frozen.body());
        JsonNode after = JSON.readTree(frozen.body());
        Instant advanced = Instant.parse(after.get("now").asText());
        assertTrue(advanced.isAfter(now.plus(Duration.ofDays(30)).minusSeconds(1)), after.toString());
        assertTrue(after.get("frozen").asBoolean());
        assertEquals(advanced, Instant.parse(JSON.readTree(sim.withToken("GET", "/sim/clock", null).body()).get("now").asText()),
                "a frozen clock reads the same twice");

        JsonNode fast = JSON.readTree(sim.withToken("POST", "/sim/clock", "{\"speed\": 60, \"frozen\": false}").body());
        assertEquals(60.0, fast.get("speed").asDouble());
        assertEquals(false, fast.get("frozen").asBoolean());
        sim.withToken("POST", "/sim/clock", "{\"speed\": 1}");
    }

    @ParameterizedTest(name = "{0} → 400 saying {1}")
    @CsvSource(delimiter = '|', value = {
            "''                       | send a JSON object",
            "{}                       | send a JSON object",
            "[1]                      | send a JSON object",
            "not json                 | the body is not JSON",
            "{\"advance\": 30}        | advance must be an ISO-8601 duration string",
            "{\"advance\": \"-P1D\"}  | must not be negative",
            "{\"advance\": \"soon\"}  | is not an ISO-8601 duration",
            "{\"speed\": 0}           | speed must be a number above 0",
            "{\"speed\": \"fast\"}    | speed must be a number above 0",
            "{\"frozen\": \"yes\"}    | frozen must be true or false",
            "{\"advnce\": \"P1D\"}    | unknown field 'advnce'"})
    void aBadClockChangeIsRefusedAndChangesNothing(String body, String message) throws Exception {
        String before = sim.withToken("GET", "/sim/clock", null).body();
        sim.withToken("POST", "/sim/clock", "{\"frozen\": true}");
        String frozenAt = JSON.readTree(sim.withToken("GET", "/sim/clock", null).body()).get("now").asText();

        HttpResponse<String> response = sim.withToken("POST", "/sim/clock", body);
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(JSON.readTree(response.body()).get("detail").asText().contains(message), response.body());

        JsonNode after = JSON.readTree(sim.withToken("GET", "/sim/clock", null).body());
        assertEquals(frozenAt, after.get("now").asText());
        assertEquals(JSON.readTree(before).get("speed"), after.get("speed"));
        sim.withToken("POST", "/sim/clock", "{\"frozen\": false}");
    }

    @Test
    void anUnknownSimPathIsAProblemDocumentToo() throws Exception {
        HttpResponse<String> response = sim.withToken("GET", "/sim/no-such-thing", null);
        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, JSON.readTree(response.body()).get("status").asInt());
    }
}

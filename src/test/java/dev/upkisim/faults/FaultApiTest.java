package dev.upkisim.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkisim.config.Settings;
import dev.upkisim.config.SettingsCatalog;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.SimJson;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /sim/faults} itself: adding, listing, removing, refusing bad rules, and keeping rules across a restart. */
class FaultApiTest {
    @TempDir
    Path data;

    private RunningSimulator start() {
        return RunningSimulator.start(Settings.forTests(data).with(SettingsCatalog.SIM_TOKEN, RunningSimulator.TOKEN)
                .with(SettingsCatalog.SEED, 4242L));
    }

    @Test
    void aRuleIsAddedListedWithItsCountsAndRemoved() {
        try (RunningSimulator sim = start()) {
            HttpResponse<String> added = sim.withToken("POST", "/sim/faults", "{\"match\": {\"face\": \"repo\","
                    + " \"path\": \"/repo/ca.json\"}, \"trigger\": {\"type\": \"every\", \"n\": 2},"
                    + " \"action\": {\"type\": \"status\", \"status\": 502}}");
            assertEquals(201, added.statusCode(), added.body());
            JsonNode rule = SimJson.parse(added.body());
            assertEquals("/sim/faults/" + rule.get("id").asLong(), added.headers().firstValue("Location").orElse(""));
            assertEquals(List.of("status", 502), List.of(rule.get("action").get("type").asText(), rule.get("action").get("status").asInt()));
            assertEquals("rule 1 (face repo, /repo/ca.json: every 2nd time, answer HTTP 502 with the face's own error page)",
                    rule.get("description").asText());

            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                statuses.add(sim.get(sim.http("/repo/ca.json")).statusCode());
            }
            assertEquals(List.of(200, 502, 200, 502), statuses);
            JsonNode listed = new SimFaults(sim).list();
            assertEquals(4242, listed.get("seed").asLong());
            assertEquals(4, listed.get("rules").get(0).get("considered").asInt());
            assertEquals(2, listed.get("rules").get(0).get("fired").asInt());
            assertEquals(200, sim.withToken("GET", "/sim/faults/1", null).statusCode());

            assertEquals(204, sim.withToken("DELETE", "/sim/faults/1", null).statusCode());
            HttpResponse<String> again = sim.withToken("DELETE", "/sim/faults/1", null);
            assertEquals(404, again.statusCode());
            assertEquals("application/problem+json", again.headers().firstValue("Content-Type").orElse(""));
            assertEquals(0, new SimFaults(sim).list().get("rules").size());
            assertEquals(200, sim.get(sim.http("/repo/ca.json")).statusCode());

            JsonNode events = SimJson.parse(sim.withToken("GET", "/sim/events?kind=fault", null).body());
            List<String> kinds = new ArrayList<>();
            events.forEach(event -> kinds.add(event.get("kind").asText()));
            assertEquals(List.of("fault.added", "fault.fired", "fault.fired", "fault.removed"), kinds);
        }
    }

    /** Bad bodies and the words the refusal must contain. */
    private static final String[][] BAD_RULES = {
            {"not json", "the body is not JSON"},
            {"", "send a JSON object with match, action"},
            {"{'match': {'face': 'upki'}, 'action': {'type': 'status', 'status': 200}}",
                    "action.status must be a whole number from 400 to 599; got 200"},
            {"{'match': {'face': 'upki', 'institution': 'nowhere-u'}, 'action': {'type': 'reset'}}",
                    "match.institution: no institution \"nowhere-u\" in the fixtures"},
            {"{'match': {'face': 'jupki', 'user': 'nobody'}, 'action': {'type': 'reset'}}",
                    "match.user: no user \"nobody\" in the fixtures"},
            {"{'match': {'face': 'jupki'}, 'action': {'type': 'tryLater'}}", "tryLater acts on the OCSP responder only"},
    };

    @Test
    void aBadRuleIsA400ProblemSayingWhatIsWrongAndChangesNothing() {
        try (RunningSimulator sim = start()) {
            new SimFaults(sim).add("{'match': {'face': 'rp'}, 'action': {'type': 'reset'}}");
            String before = sim.withToken("GET", "/sim/faults", null).body();
            String events = sim.withToken("GET", "/sim/events?kind=fault", null).body();
            for (String[] bad : BAD_RULES) {
                HttpResponse<String> refused = sim.withToken("POST", "/sim/faults", bad[0].replace('\'', '"'));
                assertEquals(400, refused.statusCode(), refused.body());
                assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
                JsonNode problem = SimJson.parse(refused.body());
                assertEquals("urn:upki-sim:problem:bad-request", problem.get("type").asText());
                assertTrue(problem.get("detail").asText().contains(bad[1]), bad[0] + " → " + problem.get("detail").asText());
            }
            assertEquals(before, sim.withToken("GET", "/sim/faults", null).body(), "no rule added");
            assertEquals(events, sim.withToken("GET", "/sim/events?kind=fault", null).body(), "no event");
            assertEquals(2, new SimFaults(sim).add("{'match': {'face': 'rp'}, 'action': {'type': 'reset'}}"),
                    "no id used up");
        }
    }

    @Test
    void rulesAndTheirCountsSurviveARestartAndASpentRuleStaysSpent() {
        try (RunningSimulator sim = start()) {
            SimFaults faults = new SimFaults(sim);
            faults.add("{'match': {'face': 'repo', 'path': '/repo/ca.json'}, 'trigger': {'type': 'next', 'count': 1},"
                    + " 'action': {'type': 'status', 'status': 503}}");
            faults.add("{'match': {'stage': 'nii-to-ca', 'institution': 'example-u'}, 'trigger': {'type': 'probability',"
                    + " 'p': 0.5, 'seed': 7}, 'action': {'type': 'fail', 'message': 'CA busy'}}");
            assertEquals(503, sim.get(sim.http("/repo/ca.json")).statusCode());
        }
        try (RunningSimulator sim = start()) {
            SimFaults faults = new SimFaults(sim);
            assertTrue(sim.simulator().notices().contains("2 fault rule(s) kept from an earlier run are in force:"
                    + " GET /sim/faults lists them, DELETE /sim/faults removes them"), sim.simulator().notices().toString());
            JsonNode rules = faults.list().get("rules");
            assertEquals(2, rules.size());
            assertEquals(1, rules.get(0).get("fired").asInt());
            assertEquals("{\"type\":\"next\",\"count\":1}", rules.get(0).get("trigger").toString());
            assertEquals("{\"stage\":\"nii-to-ca\",\"institution\":\"example-u\"}", rules.get(1).get("match").toString());
            assertEquals("{\"type\":\"probability\",\"p\":0.5,\"seed\":7}", rules.get(1).get("trigger").toString());
            assertEquals("{\"type\":\"fail\",\"message\":\"CA busy\"}", rules.get(1).get("action").toString());
            assertEquals(200, sim.get(sim.http("/repo/ca.json")).statusCode(), "fail the next 1 was spent before");
            assertEquals(3, faults.add("{'match': {'face': 'rp'}, 'action': {'type': 'reset'}}"));
        }
    }
}

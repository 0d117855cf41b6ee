package dev.upkisim.workflow.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FaultRuleParserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final FaultRuleParser parser = new FaultRuleParser(Set.of("example-u", "sample-c")::contains,
            Set.of("shiken.taro", "mihon.hanako")::contains);

    private FaultRule parse(String json) throws Exception {
        return parser.parse(JSON.readTree(json.replace('\'', '"')));
    }

    @Test
    void aStatusRuleForTheNiiFaceReadsEveryField() throws Exception {
        FaultRule rule = parse("{'match': {'face': 'upki', 'path': '/upki-odcert/*.do', 'method': 'post',"
                + " 'institution': 'example-u'}, 'trigger': {'type': 'next', 'count': 2},"
                + " 'action': {'type': 'status', 'status': 503}}");
        assertEquals(new FaultMatch(null, "upki", PathGlob.of("/upki-odcert/*.do"), "POST", null, "example-u", null),
                rule.match());
        assertEquals(new FaultTrigger.Next(2), rule.trigger());
        assertEquals(new FaultAction.Status(503), rule.action());
    }

    @Test
    void withoutATriggerARuleFiresAlways() throws Exception {
        assertEquals(new FaultTrigger.Always(), parse("{'match': {'face': 'jupki'}, 'action': {'type': 'reset'}}").trigger());
    }

    @Test
    void everyActionOfTheJavadocExamplesParsesAndWritesBackTheSame() throws Exception {
        for (String example : new String[] {
                "{'match': {'face': 'jupki'}, 'action': {'type': 'delay', 'duration': 'PT2S'}}",
                "{'match': {'face': 'upki', 'path': '/upki-odcert/*.do', 'method': 'POST'},"
                        + " 'trigger': {'type': 'next', 'count': 2}, 'action': {'type': 'status', 'status': 503}}",
                "{'match': {'face': 'jupki', 'user': 'shiken.taro'}, 'trigger': {'type': 'every', 'n': 3}, 'action': {'type': 'reset'}}",
                "{'match': {'stage': 'nii-to-ca'}, 'trigger': {'type': 'next', 'count': 1}, 'action': {'type': 'fail'}}",
                "{'match': {'stage': 'mail-delivery', 'recipient': 'shiken.taro@example.ac.jp'},"
                        + " 'trigger': {'type': 'next', 'count': 2}, 'action': {'type': 'fail', 'message': 'SMTP 451 try later'}}",
                "{'match': {'face': 'repo'}, 'trigger': {'type': 'probability', 'p': 0.5}, 'action': {'type': 'tryLater'}}",
                "{'match': {'face': 'repo'}, 'action': {'type': 'stale'}}",
                "{'match': {'face': 'repo'}, 'action': {'type': 'unknown'}}",
                "{'match': {'face': 'repo'}, 'action': {'type': 'slow', 'duration': 'PT5S'}}"}) {
            FaultRule rule = parse(example);
            JsonNode written = FaultRuleJson.write(rule);
            assertEquals(rule, parser.parse(written), "round trip of " + example);
            assertEquals(JSON.readTree(example.replace('\'', '"')).get("action"), written.get("action"), example);
        }
    }

    @Test
    void ocspActionsAreConfinedToTheResponder() throws Exception {
        FaultRule rule = parse("{'match': {'face': 'repo'}, 'action': {'type': 'unknown'}}");
        assertEquals("/repo/ocsp*", rule.match().path().text());
        assertTrue(rule.match().matches(new HttpFaultRequest("repo", "POST", "/repo/ocsp", null, null)));
        assertTrue(rule.match().matches(new HttpFaultRequest("repo", "GET", "/repo/ocsp/MEQw%2FQ", null, null)));
        assertEquals(false, rule.match().matches(new HttpFaultRequest("repo", "GET", "/repo/ca/root.pem", null, null)));
        assertEquals(new FaultAction.Ocsp(OcspKnob.UNKNOWN), rule.action());
        assertInstanceOf(FaultAction.Slow.class, parse("{'match': {'path': '/repo/ocsp'}, 'action': {'type': 'slow',"
                + " 'duration': 'PT0.5S'}}").action());
        assertEquals(Duration.ofMillis(500), parse("{'match': {'path': '/repo/ocsp'}, 'action': {'type': 'slow',"
                + " 'duration': 'PT0.5S'}}").action().delay().orElseThrow());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "[]                                                              | send a JSON object",
            "{'action': {'type': 'reset'}}                                   | match is missing",
            "{'match': {'face': 'jupki'}}                                    | action is missing",
            "{'match': {'face': 'jupki'}, 'action': {'type': 'reset'}, 'id': 3} | unknown field \"id\" in a rule",
            "{'match': {'face': 'upkii'}, 'action': {'type': 'reset'}}       | match.face: unknown face \"upkii\"",
            "{'match': {'faces': 'upki'}, 'action': {'type': 'reset'}}       | unknown field \"faces\" in match",
            "{'match': {}, 'action': {'type': 'reset'}}                      | name at least a face, a path or a stage",
            "{'match': {'method': 'GET'}, 'action': {'type': 'reset'}}       | name at least a face, a path or a stage",
            "{'match': {'path': 'jupki/*'}, 'action': {'type': 'reset'}}     | match.path must start with '/'",
            "{'match': {'face': 'jupki', 'method': 'FETCH'}, 'action': {'type': 'reset'}} | match.method: \"FETCH\" is not an HTTP method",
            "{'match': {'face': 'jupki', 'user': 'jiro'}, 'action': {'type': 'reset'}} | match.user: no user \"jiro\"",
            "{'match': {'face': 'upki', 'institution': 'nowhere-u'}, 'action': {'type': 'reset'}} | match.institution: no institution \"nowhere-u\"",
            "{'match': {'face': 'upki', 'user': 'shiken.taro'}, 'action': {'type': 'reset'}} | only the portal (face jupki) knows the member",
            "{'match': {'face': 'repo', 'institution': 'example-u'}, 'action': {'type': 'reset'}} | face repo never matches one",
            "{'match': {'stage': 'nii-to-cá'}, 'action': {'type': 'fail'}}   | match.stage: unknown stage",
            "{'match': {'stage': 'nii-to-ca', 'face': 'upki'}, 'action': {'type': 'fail'}} | leave out face, path, method and user",
            "{'match': {'stage': 'mail-delivery', 'institution': 'example-u'}, 'action': {'type': 'fail'}} | mail delivery does not know the institution",
            "{'match': {'stage': 'nii-to-ca', 'recipient': 'a@example.ac.jp'}, 'action': {'type': 'fail'}} | only the mail-delivery stage has recipients",
            "{'match': {'stage': 'mail-delivery', 'recipient': 'nobody'}, 'action': {'type': 'fail'}} | is not an e-mail address",
            "{'match': {'stage': 'nii-to-ca'}, 'action': {'type': 'status', 'status': 500}} | a stage rule's action is fail",
            "{'match': {'face': 'upki'}, 'action': {'type': 'fail'}}         | fail acts at a workflow stage",
            "{'match': {'face': 'jupki'}, 'action': {'type': 'tryLater'}}    | tryLater acts on the OCSP responder only",
            "{'match': {'path': '/repo/*'}, 'action': {'type': 'stale'}}     | stale acts on the OCSP responder only",
            "{'match': {'face': 'jupki'}, 'action': {'type': 'explode'}}     | action.type: unknown action \"explode\"",
            "{'match': {'face': 'jupki'}, 'action': {}}                      | action.type is missing",
            "{'match': {'face': 'jupki'}, 'action': {'type': 'status'}}      | action.status must be a whole number from 400 to 599 (missing)",
            "{'match': {'face': 'jupki'}, 'action': {'type': 'status', 'status': 302}} | action.status must be a whole number from 400 to 599; got 302",
            "{'match': {'face': 'jupki'}, 'action': {'type': 'status', 'status': '503'}} | action.status must be a whole number",
            "{'match': {'face': 'jupki'}, 'action': {'type': 'status', 'status': 503, 'body': 'x'}} | unknown field \"body\" in action",
            "{'match': {'face': 'jupki'}, 'action': {'type': 'delay'}}       | action.duration: give an ISO-8601 duration",
            "{'match': {'face': 'jupki'}, 'action': {'type': 'delay', 'duration': '2s'}} | \"2s\" is not an ISO-8601 duration",
            "{'match': {'face': 'jupki'}, 'action': {'type': 'delay', 'duration': 'PT0S'}} | action.duration must be above zero and at most PT1M",
            "{'match': {'face': 'jupki'}, 'action': {'type': 'delay', 'duration': 'PT2M'}} | action.duration must be above zero and at most PT1M",
            "{'match': {'face': 'jupki'}, 'trigger': {'type': 'next'}, 'action': {'type': 'reset'}} | trigger.count must be a whole number from 1",
            "{'match': {'face': 'jupki'}, 'trigger': {'type': 'next', 'count': 0}, 'action': {'type': 'reset'}} | trigger.count must be a whole number from 1",
            "{'match': {'face': 'jupki'}, 'trigger': {'type': 'every', 'n': 1.5}, 'action': {'type': 'reset'}} | trigger.n must be a whole number",
            "{'match': {'face': 'jupki'}, 'trigger': {'type': 'probability', 'p': 0}, 'action': {'type': 'reset'}} | trigger.p must be a number above 0 and at most 1",
            "{'match': {'face': 'jupki'}, 'trigger': {'type': 'probability', 'p': 1.5}, 'action': {'type': 'reset'}} | trigger.p must be a number above 0 and at most 1",
            "{'match': {'face': 'jupki'}, 'trigger': {'type': 'probability', 'p': 0.5, 'seed': 'x'}, 'action': {'type': 'reset'}} | trigger.seed must be a whole number",
            "{'match': {'face': 'jupki'}, 'trigger': {'type': 'sometimes'}, 'action': {'type': 'reset'}} | trigger.type: unknown trigger \"sometimes\"",
            "{'match': {'face': 'jupki'}, 'trigger': 'always', 'action': {'type': 'reset'}} | trigger must be an object with a type",
    })
    void badRulesAreRefusedWithAMessageNamingTheField(String json, String expected) {
        InvalidFaultRule refused = assertThrows(InvalidFaultRule.class, () -> parse(json));
        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/upki-odcert/lra/SP1011.do", "/upki-odcert/download/spIssueCli.do", "/upki-odcert/x.do"})
    void aStarInAPathCrossesSlashes(String path) {
        assertTrue(PathGlob.of("/upki-odcert/*.do").matches(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/upki-odcert/lra/SP1011.dox", "/jupki/x.do", "/upki-odcert/lra/SSLLogin"})
    void aPathPatternMustMatchTheWholePath(String path) {
        assertEquals(false, PathGlob.of("/upki-odcert/*.do").matches(path));
    }

    @Test
    void aQuestionMarkIsOneCharacterAndRegexCharactersAreLiteral() {
        assertTrue(PathGlob.of("/repo/ca/ro?t.pem").matches("/repo/ca/root.pem"));
        assertEquals(false, PathGlob.of("/repo/ca/ro?t.pem").matches("/repo/ca/rooot.pem"));
        assertEquals(false, PathGlob.of("/repo/ca/root.pem").matches("/repo/ca/rootXpem"));
        assertTrue(PathGlob.of("/a+(b)/[c]").matches("/a+(b)/[c]"));
    }
}

package dev.upkisim.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.ca.CaRole;
import dev.upkisim.ca.Pem;
import dev.upkisim.support.IssuedClient;
import dev.upkisim.support.NiiJourney;
import dev.upkisim.support.Openssl;
import dev.upkisim.support.RunningSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OCSP knobs of issue 6 item 2 (SPEC 1.6 faults) as {@code openssl ocsp} sees them: tryLater (RFC 6960 2.3),
 * a stale response (4.2.2.1), "unknown" for everything (2.2), and a slow responder.
 */
class OcspFaultsWithOpensslTest {
    @RegisterExtension
    static final RunningSimulator sim = RunningSimulator.perClass();
    private static final SimFaults faults = new SimFaults(sim);
    @TempDir
    static Path work;

    @BeforeAll
    static void issueALeaf() throws Exception {
        IssuedClient leaf = IssuedClient.issue(new NiiJourney(sim, "example-u"), "OCSP KNOBS", "s2613001",
                "ocsp.knobs@example.ac.jp");
        Files.writeString(work.resolve("root.pem"), sim.rootPem());
        Files.writeString(work.resolve("client-ca.pem"), Pem.certificate(sim.simulator().hierarchy().get(CaRole.CLIENT).certificate()));
        Files.writeString(work.resolve("leaf.pem"), leaf.pem());
    }


    @BeforeEach
    void noRules() {
        faults.clear();
    }

    @Test
    void tryLaterIsAnUnsignedResponderErrorOnceAndThenTheAnswerIsGoodAgain() {
        long id = faults.add("{'match': {'face': 'repo'}, 'trigger': {'type': 'next', 'count': 1}, 'action': {'type': 'tryLater'}}");
        Openssl.Result refused = ocsp();
        assertNotEquals(0, refused.exitCode());
        assertTrue(refused.output().contains("Responder Error: trylater (3)"), refused.output());
        assertFalse(refused.output().contains("Response verify OK"), "nothing signed: " + refused.output());

        Openssl.Result good = ocsp();
        assertTrue(good.output().contains("leaf.pem: good"), good.output());
        assertEquals(1, faults.rule(id).get("fired").asInt());
        assertEquals(2, faults.rule(id).get("considered").asInt());
        assertTrue(faults.lastFired().get("reason").asText().startsWith("Fault rule " + id + " fired on POST /repo/ocsp:"
                + " answer OCSP tryLater (unsigned)."), faults.lastFired().toString());
        assertEquals("repo", faults.lastFired().get("face").asText());
    }

    @Test
    void aStaleResponseIsSignedButItsNextUpdateIsAlreadyPast() {
        faults.add("{'match': {'face': 'repo'}, 'action': {'type': 'stale'}}");
        Openssl.Result stale = ocsp();
        assertTrue(stale.output().contains("Response verify OK"), "still correctly signed: " + stale.output());
        assertTrue(stale.output().contains("WARNING: Status times invalid."), stale.output());
        assertTrue(stale.output().contains("status expired"), stale.output());
    }

    @Test
    void unknownIsSignedAndSaysUnknownForACertificateThatIsGood() {
        faults.add("{'match': {'face': 'repo', 'path': '/repo/ocsp*'}, 'action': {'type': 'unknown'}}");
        Openssl.Result unknown = ocsp();
        assertTrue(unknown.output().contains("leaf.pem: unknown"), unknown.output());
        assertTrue(unknown.output().contains("Response verify OK"), unknown.output());
        assertTrue(unknown.output().contains("OCSP Nonce"), "the nonce is still echoed: " + unknown.output());
    }

    @Test
    void aSlowResponderMakesOpensslTimeOutAndAnswersCorrectlyToAPatientClient() {
        faults.add("{'match': {'face': 'repo'}, 'trigger': {'type': 'next', 'count': 1},"
                + " 'action': {'type': 'slow', 'duration': 'PT2S'}}");
        Openssl.Result impatient = ocsp("-timeout", "1");
        assertNotEquals(0, impatient.exitCode(), impatient.output());
        assertTrue(impatient.output().contains("Timeout") || impatient.output().contains("timeout")
                || impatient.output().contains("Error querying OCSP responder"), impatient.output());

        faults.add("{'match': {'face': 'repo'}, 'trigger': {'type': 'next', 'count': 1},"
                + " 'action': {'type': 'slow', 'duration': 'PT1S'}}");
        long start = System.nanoTime();
        Openssl.Result patient = ocsp();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(patient.output().contains("leaf.pem: good"), patient.output());
        assertTrue(took.toMillis() >= 1000, "took " + took.toMillis() + " ms");
    }

    @Test
    void anOcspKnobNeverTouchesTheRestOfTheRepository() {
        faults.add("{'match': {'face': 'repo'}, 'action': {'type': 'tryLater'}}");
        assertEquals(200, sim.get(sim.http("/repo/ca.json")).statusCode());
        assertEquals(0, faults.list().get("rules").get(0).get("considered").asInt());
    }

    private Openssl.Result ocsp(String... extra) {
        List<String> command = new ArrayList<>(List.of("openssl", "ocsp", "-issuer", "client-ca.pem", "-cert", "leaf.pem",
                "-url", sim.http("/repo/ocsp").toString(), "-CAfile", "root.pem", "-verify_other", "client-ca.pem",
                "-resp_text"));
        command.addAll(List.of(extra));
        return Openssl.run(work, command);
    }
}

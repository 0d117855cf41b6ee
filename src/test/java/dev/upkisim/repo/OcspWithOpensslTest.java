package dev.upkisim.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.ca.CaRole;
import dev.upkisim.ca.Pem;
import dev.upkisim.support.Eventually;
import dev.upkisim.support.IssuedClient;
import dev.upkisim.support.NiiJourney;
import dev.upkisim.support.Openssl;
import dev.upkisim.support.RunningSimulator;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OCSP responder (RFC 6960) at the certificates' AIA URL, as {@code openssl ocsp} sees it, by POST and GET. */
class OcspWithOpensslTest {
    @TempDir
    static Path data;
    @TempDir
    Path work;
    private static RunningSimulator sim;
    private static NiiJourney journey;

    @BeforeAll
    static void start() {
        sim = RunningSimulator.start(data);
        journey = new NiiJourney(sim, "example-u");
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void opensslOcspSaysGoodThenRevokedWithTimeAndReasonAndTheNonceIsEchoedAndTheDelegatedSignatureVerifies()
            throws Exception {
        IssuedClient leaf = IssuedClient.issue(journey, "OCSP GOOD", "s2611101", "ocsp.good@example.ac.jp");
        writeFiles(leaf);
        Openssl.Result good = ocsp("-cert", "leaf.pem");
        assertEquals(0, good.exitCode(), good.output());
        assertTrue(good.output().contains("leaf.pem: good"), good.output());
        assertTrue(good.output().contains("Response verify OK"), good.output());
        assertTrue(good.output().contains("OCSP Nonce"), "the nonce is echoed: " + good.output());
        assertFalse(good.output().toLowerCase().contains("warning"), good.output());
        assertTrue(good.output().contains("Next Update:"), good.output());
        assertTrue(good.output().contains("OCSP Signing"), "the delegated responder's EKU: " + good.output());
        assertTrue(good.output().contains("OCSP No Check"), good.output());

        leaf.revoke(journey, 1);
        Openssl.Result revoked = Eventually.await("a revoked answer", () -> {
            Openssl.Result result = ocsp("-cert", "leaf.pem");
            return result.output().contains("leaf.pem: revoked") ? Optional.of(result) : Optional.empty();
        });
        assertTrue(revoked.output().contains("Reason: keyCompromise"), revoked.output());
        assertTrue(revoked.output().contains("Revocation Time:"), revoked.output());
        assertTrue(revoked.output().contains("Response verify OK"), revoked.output());
    }

    @Test
    void aSerialTheCaNeverIssuedIsUnknown() throws Exception {
        writeFiles(null);
        Openssl.Result unknown = ocsp("-serial", "0x0123456789ABCDEF");
        assertTrue(unknown.output().contains("0x0123456789ABCDEF: unknown"), unknown.output());
        assertTrue(unknown.output().contains("Response verify OK"), unknown.output());
    }

    @Test
    void getWithTheUrlEncodedBase64RequestAnswersLikePost() throws Exception {
        IssuedClient leaf = IssuedClient.issue(journey, "OCSP GET", "s2611102", "ocsp.get@example.ac.jp");
        writeFiles(leaf);
        Openssl.Result made = Openssl.openssl(work, "ocsp", "-issuer", "client-ca.pem", "-cert", "leaf.pem", "-reqout", "req.der");
        assertEquals(0, made.exitCode(), made.output());
        String encoded = URLEncoder.encode(Base64.getEncoder().encodeToString(Files.readAllBytes(work.resolve("req.der"))),
                StandardCharsets.US_ASCII);
        HttpResponse<byte[]> response = RunningSimulator.sendForBytes(HttpClient.newHttpClient(),
                HttpRequest.newBuilder(sim.http("/repo/ocsp/" + encoded)).build());
        assertEquals(200, response.statusCode());
        assertEquals("application/ocsp-response", response.headers().firstValue("Content-Type").orElse(""));
        Files.write(work.resolve("resp.der"), response.body());
        Openssl.Result read = Openssl.openssl(work, "ocsp", "-respin", "resp.der", "-reqin", "req.der",
                "-CAfile", "root.pem", "-verify_other", "client-ca.pem", "-resp_text");
        assertTrue(read.output().contains("Cert Status: good"), read.output());
        assertTrue(read.output().contains(leaf.serial().toString(16).toUpperCase()), read.output());
        assertTrue(read.output().contains("Response verify OK"), read.output());
    }

    @Test
    void garbageGetsAMalformedRequestAnswer() {
        HttpResponse<byte[]> response = RunningSimulator.sendForBytes(HttpClient.newHttpClient(),
                HttpRequest.newBuilder(sim.http("/repo/ocsp")).header("Content-Type", "application/ocsp-request")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1, 2, 3})).build());
        assertEquals(200, response.statusCode());
        assertEquals(1, response.body()[4], "OCSPResponseStatus malformedRequest (1), RFC 6960 4.2.1");
    }

    private Openssl.Result ocsp(String... what) {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("openssl", "ocsp", "-issuer",
                "client-ca.pem"));
        command.addAll(java.util.List.of(what));
        command.addAll(java.util.List.of("-url", sim.http("/repo/ocsp").toString(), "-CAfile", "root.pem",
                "-verify_other", "client-ca.pem", "-resp_text"));
        return Openssl.run(work, command);
    }

    private void writeFiles(IssuedClient leaf) throws Exception {
        Files.writeString(work.resolve("root.pem"), sim.rootPem());
        Files.writeString(work.resolve("client-ca.pem"), Pem.certificate(sim.simulator().hierarchy().get(CaRole.CLIENT).certificate()));
        if (leaf != null) {
            Files.writeString(work.resolve("leaf.pem"), leaf.pem());
        }
    }
}

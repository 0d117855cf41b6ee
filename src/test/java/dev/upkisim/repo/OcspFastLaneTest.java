package dev.upkisim.repo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.ca.CaRole;
import dev.upkisim.support.RunningSimulator;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /repo/ocsp} answered by the fast lane ahead of Javalin (no maintenance, no fault rule) and by the Javalin
 * route (while some fault rule is in force, even one for another path) gives the same answers and headers; what the
 * lane leaves alone still gets the repository's answers.
 */
class OcspFastLaneTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @RegisterExtension
    static final RunningSimulator sim = RunningSimulator.perClass();

    @AfterEach
    void noRules() {
        sim.withToken("DELETE", "/sim/faults", null);
    }

    @Test
    void theLaneAndTheJavalinRouteAnswerTheSameBytesWithTheSameHeadersByPostAndGet() throws Exception {
        byte[] request = request(new BigInteger("123456789"), null);
        HttpResponse<byte[]> lanePost = post(request);
        HttpResponse<byte[]> laneGet = get(request);
        ruleForAnotherPath();
        HttpResponse<byte[]> routePost = post(request);
        HttpResponse<byte[]> routeGet = get(request);

        for (HttpResponse<byte[]> response : List.of(lanePost, laneGet, routePost, routeGet)) {
            assertEquals(200, response.statusCode());
            assertEquals("application/ocsp-response", response.headers().firstValue("Content-Type").orElse(""));
            assertEquals(String.valueOf(response.body().length), response.headers().firstValue("Content-Length").orElse(""),
                    "a Content-Length, no chunks");
            assertInstanceOf(UnknownStatus.class, basic(response.body()).getResponses()[0].getCertStatus(),
                    "a serial the CA never issued");
        }
        assertArrayEquals(lanePost.body(), routePost.body(), "one reused answer within the minute (RFC 5019 2.2.1)");
        assertArrayEquals(lanePost.body(), laneGet.body());
        assertArrayEquals(laneGet.body(), routeGet.body());
        assertEquals("max-age=60, public, no-transform, must-revalidate",
                laneGet.headers().firstValue("Cache-Control").orElse(""), "RFC 5019 6.2");
        assertEquals(laneGet.headers().firstValue("Cache-Control"), routeGet.headers().firstValue("Cache-Control"));
        assertFalse(lanePost.headers().firstValue("Cache-Control").isPresent());
        assertFalse(routePost.headers().firstValue("Cache-Control").isPresent());
    }

    @Test
    void eachNonceIsEchoedInAnAnswerSignedForItOnTheLane() throws Exception {
        byte[] first = post(request(BigInteger.TEN, new byte[] {1, 2, 3, 4, 5, 6, 7, 8})).body();
        byte[] second = post(request(BigInteger.TEN, new byte[] {8, 7, 6, 5, 4, 3, 2, 1})).body();
        assertArrayEquals(new DEROctetString(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}).getEncoded(), nonce(first));
        assertArrayEquals(new DEROctetString(new byte[] {8, 7, 6, 5, 4, 3, 2, 1}).getEncoded(), nonce(second));
        assertFalse(java.util.Arrays.equals(basic(first).getSignature(), basic(second).getSignature()));
    }

    @Test
    void garbageOnTheLaneGetsMalformedRequestByPostAndByGet() {
        assertEquals(1, post(new byte[] {1, 2, 3}).body()[4], "OCSPResponseStatus malformedRequest (1), RFC 6960 4.2.1");
        HttpResponse<byte[]> get = RunningSimulator.sendForBytes(HTTP,
                HttpRequest.newBuilder(sim.http("/repo/ocsp/not%20base64!")).build());
        assertEquals(200, get.statusCode());
        assertEquals(1, get.body()[4]);
    }

    @Test
    void whatTheLaneLeavesAloneTheRepositoryRoutesStillAnswer() throws Exception {
        HttpResponse<String> wrongType = RunningSimulator.send(HTTP, HttpRequest.newBuilder(sim.http("/repo/ocsp?lang=en"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")).build());
        assertEquals(400, wrongType.statusCode());
        assertTrue(wrongType.body().contains("application/ocsp-request"), "the repository's error page says what to send");

        byte[] request = request(BigInteger.TWO, null);
        HttpResponse<byte[]> chunked = RunningSimulator.sendForBytes(HTTP, HttpRequest.newBuilder(sim.http("/repo/ocsp"))
                .header("Content-Type", "application/ocsp-request")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(request))).build());
        assertEquals(200, chunked.statusCode(), "a body without Content-Length takes the Javalin route");
        assertInstanceOf(UnknownStatus.class, basic(chunked.body()).getResponses()[0].getCertStatus());
    }

    private static void ruleForAnotherPath() {
        HttpResponse<String> added = sim.withToken("POST", "/sim/faults",
                "{\"match\": {\"face\": \"jupki\", \"path\": \"/jupki/nowhere\"}, \"action\": {\"type\": \"status\", \"status\": 503}}");
        assertEquals(201, added.statusCode(), added.body());
    }

    private static HttpResponse<byte[]> post(byte[] request) {
        return RunningSimulator.sendForBytes(HTTP, HttpRequest.newBuilder(sim.http("/repo/ocsp"))
                .header("Content-Type", "application/ocsp-request").POST(HttpRequest.BodyPublishers.ofByteArray(request)).build());
    }

    private static HttpResponse<byte[]> get(byte[] request) {
        String encoded = URLEncoder.encode(Base64.getEncoder().encodeToString(request), StandardCharsets.US_ASCII);
        return RunningSimulator.sendForBytes(HTTP, HttpRequest.newBuilder(sim.http("/repo/ocsp/" + encoded)).build());
    }

    private static byte[] request(BigInteger serial, byte[] nonce) throws Exception {
        var issuer = new JcaX509CertificateHolder(sim.simulator().hierarchy().get(CaRole.CLIENT).certificate());
        var id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1), issuer, serial);
        OCSPReqBuilder builder = new OCSPReqBuilder().addRequest(id);
        if (nonce != null) {
            builder.setRequestExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                    new DEROctetString(nonce).getEncoded())));
        }
        return builder.build().getEncoded();
    }

    private static BasicOCSPResp basic(byte[] response) throws Exception {
        OCSPResp parsed = new OCSPResp(response);
        assertEquals(OCSPResp.SUCCESSFUL, parsed.getStatus());
        return (BasicOCSPResp) parsed.getResponseObject();
    }

    private static byte[] nonce(byte[] response) throws Exception {
        return basic(response).getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce).getExtnValue().getOctets();
    }
}

package dev.upkisim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkisim.ca.CaRole;
import dev.upkisim.ca.Pem;
import dev.upkisim.support.ClientCertificates;
import dev.upkisim.support.Openssl;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.TestCa;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class HttpsListenerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path files;
    @RegisterExtension
    static final RunningSimulator sim = RunningSimulator.perClass();

    @BeforeAll
    static void start() throws Exception {
        Files.writeString(files.resolve("root.pem"), sim.rootPem());
    }

    @Test
    void curlTrustingOnlyTheSimulatedRootReachesHealthOverHttps() {
        var result = Openssl.run(files, List.of("curl", "-sS", "--cacert", "root.pem",
                "https://localhost:" + sim.simulator().httpsPort() + "/sim/health"));
        assertEquals(0, result.exitCode(), result.output());
        assertEquals("{\"status\":\"ok\"}", result.output());
    }

    @Test
    void theListenerCertificateCoversTheHostNamesAndChainsToTheRoot() {
        var result = Openssl.run(files, List.of("sh", "-c", "openssl s_client -connect 127.0.0.1:"
                + sim.simulator().httpsPort() + " -servername localhost -CAfile root.pem -verify_return_error"
                + " -verify_hostname localhost -showcerts </dev/null 2>&1"));
        assertTrue(result.output().contains("Verify return code: 0 (ok)"), result.output());
        assertTrue(result.output().contains("Open Domain CA - G7 RSA"), "the server CA issued it:\n" + result.output());
        var byIp = Openssl.run(files, List.of("sh", "-c", "openssl s_client -connect 127.0.0.1:"
                + sim.simulator().httpsPort() + " -CAfile root.pem -verify_return_error -verify_ip 127.0.0.1 </dev/null 2>&1"));
        assertTrue(byIp.output().contains("Verify return code: 0 (ok)"), byIp.output());
    }

    @Test
    void theListenerAsksForAClientCertificateNamingTheSimulatedCas() {
        var result = Openssl.run(files, List.of("sh", "-c", "openssl s_client -connect 127.0.0.1:"
                + sim.simulator().httpsPort() + " -CAfile root.pem -tls1_2 </dev/null 2>&1"));
        assertTrue(result.output().contains("Acceptable client certificate CA names"), result.output());
        assertTrue(result.output().contains("Passport for Member RSA CA16"), result.output());
    }

    @Test
    void aJavaClientWithoutACertificateGetsThroughAndIsSeenWithoutOne() throws Exception {
        HttpResponse<String> response = RunningSimulator.send(sim.httpsClient(null, null), tlsRequest());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode tls = JSON.readTree(response.body());
        assertTrue(tls.get("secure").asBoolean());
        assertTrue(tls.get("clientCertificate").isNull(), response.body());
    }

    @Test
    void aJavaClientWithASimulatedClientCertificateIsSeenWithIt() throws Exception {
        var issued = ClientCertificates.issue(sim.simulator().hierarchy().get(CaRole.CLIENT),
                "CN=Hanako Mihon, O=Example University, C=JP");
        HttpResponse<String> response = RunningSimulator.send(
                sim.httpsClient(issued.keyStore(), ClientCertificates.PASSWORD), tlsRequest());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode client = JSON.readTree(response.body()).get("clientCertificate");
        assertEquals("CN=Hanako Mihon,O=Example University,C=JP", client.get("subject").asText());
        assertEquals(issued.certificate().getSerialNumber().toString(), client.get("serial").asText());
    }

    @Test
    void aCertificateFromAForeignCaIsLetThroughTheHandshakeForThePathToJudge() throws Exception {
        var foreign = ClientCertificates.issue(TestCa.hierarchy().get(CaRole.CLIENT), "CN=Stranger, C=JP");
        Files.writeString(files.resolve("foreign.pem"), Pem.certificate(foreign.certificate()));
        Files.writeString(files.resolve("foreign.key"), Pem.privateKey(foreign.keys().getPrivate()));
        var result = Openssl.run(files, List.of("curl", "-sS", "--cacert", "root.pem", "--cert", "foreign.pem",
                "--key", "foreign.key", "-H", "Authorization: Bearer " + RunningSimulator.TOKEN,
                "https://localhost:" + sim.simulator().httpsPort() + "/sim/tls"));
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("\"subject\":\"CN=Stranger,C=JP\""), result.output());
    }

    private static HttpRequest tlsRequest() {
        return HttpRequest.newBuilder(sim.https("/sim/tls"))
                .header("Authorization", "Bearer " + RunningSimulator.TOKEN).GET().build();
    }
}

package dev.upkisim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.ca.CaHierarchy;
import dev.upkisim.ca.CaRole;
import dev.upkisim.ca.EndEntityIssuer;
import dev.upkisim.ca.EndEntityRequest;
import dev.upkisim.ca.Fingerprints;
import dev.upkisim.ca.P12Format;
import dev.upkisim.ca.P12Writer;
import dev.upkisim.ca.RsaKeys;
import dev.upkisim.ca.Serials;
import dev.upkisim.core.CertificateProfile;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.TestCa;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.security.auth.x500.X500Principal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The P12 doctor's upload page on a running simulator, driven with multipart POSTs as a browser sends them. */
class P12DoctorPageTest {
    static final String PIN = "Xk7pQ2mv";
    @TempDir
    static Path data;
    static RunningSimulator sim;
    static byte[] modern;
    static X509Certificate leaf;

    @BeforeAll
    static void start() {
        sim = RunningSimulator.start(data);
        CaHierarchy hierarchy = TestCa.hierarchy();
        KeyPair keys = RsaKeys.generate();
        leaf = EndEntityIssuer.issue(hierarchy, new EndEntityRequest(CertificateProfile.CLIENT_13_MONTHS,
                new X500Principal("CN=Jiro Tanaka,O=Example University,C=JP"), "jiro.tanaka@example.ac.jp",
                keys.getPublic(), Serials.random128(), Instant.now(), URI.create("http://localhost:8080")));
        modern = P12Writer.write(keys.getPrivate(), leaf, List.of(hierarchy.get(CaRole.CLIENT).certificate(),
                hierarchy.root().certificate()), "Jiro Tanaka", PIN.toCharArray(), P12Format.MODERN);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static HttpResponse<String> upload(String query, byte[] file, String password) {
        String boundary = "----p12doctor" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "Content-Disposition: form-data; name=\"file\"; filename=\"jiro.p12\"\r\n"
                + "Content-Type: application/x-pkcs12", file);
        part(body, boundary, "Content-Disposition: form-data; name=\"password\"", password.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return RunningSimulator.send(HttpClient.newHttpClient(), HttpRequest.newBuilder(sim.http("/repo/p12-doctor" + query))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private static void part(ByteArrayOutputStream body, String boundary, String headers, byte[] content) {
        body.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void theFormIsInJapaneseByDefaultAndInEnglishOnRequest() {
        Document ja = Jsoup.parse(sim.get(sim.http("/repo/p12-doctor")).body());
        assertEquals("upki-sim P12 診断", ja.title());
        assertEquals(1, ja.select("form[enctype=multipart/form-data] input[type=file][name=file]").size());
        assertEquals(1, ja.select("input[type=password][name=password]").size());
        Document en = Jsoup.parse(sim.get(sim.http("/repo/p12-doctor?lang=en")).body());
        assertEquals("upki-sim P12 doctor", en.title());
        assertEquals("/repo/p12-doctor?lang=en", en.select("form").attr("action"));
    }

    @Test
    void anUploadWithThePinShowsTheAlgorithmsFingerprintsAndVerdicts() {
        HttpResponse<String> response = upload("?lang=en", modern, PIN);
        assertEquals(200, response.statusCode());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        Document page = Jsoup.parse(response.body());
        assertTrue(page.select("#structure").text().contains("MAC HMAC-SHA-256, 10000 iterations"), page.select("#structure").text());
        assertTrue(page.select("#structure").text().contains("key: PBES2 (PBKDF2 hmacWithSHA256, AES-256-CBC)"), page.text());
        assertTrue(page.select("#certificates").text().contains(Fingerprints.sha1(leaf)), page.text());
        assertTrue(page.select("#certificates").text().contains(leaf.getSerialNumber().toString()), page.text());
        assertTrue(page.select("#verdicts").text().contains("iOS/iPadOS MAY_FAIL AES-256 PBES2: iOS may refuse"), page.select("#verdicts").text());
    }

    @Test
    void aWrongPinIsExplainedInJapanese() {
        HttpResponse<String> response = upload("", modern, "0000");
        assertEquals(422, response.statusCode());
        String summary = Jsoup.parse(response.body()).select("#summary").text();
        assertTrue(summary.startsWith("パスワードが違います（MAC の検証に失敗しました"), summary);
        assertTrue(summary.contains("アクセスPIN"), summary);
    }

    @Test
    void aPemFileIsNotAP12() {
        HttpResponse<String> response = upload("?lang=en", dev.upkisim.ca.Pem.certificate(leaf).getBytes(StandardCharsets.US_ASCII), "");
        assertEquals(422, response.statusCode());
        assertTrue(Jsoup.parse(response.body()).select("#summary").text().startsWith("This is PEM text (CERTIFICATE)"));
    }

    @RepeatedTest(5) // the sender is still writing when the server decides; it must read the page, not a reset
    void anUploadOverTheLimitIsRefusedWithTheFormAgain() {
        HttpResponse<String> response = upload("?lang=en", new byte[2 * 1024 * 1024], "");
        assertEquals(413, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertTrue(page.select("#error").text().startsWith("The upload is too large (limit 64 KB)"), page.text());
        assertEquals(1, page.select("form input[type=file]").size());
    }

    @Test
    void aChunkedUploadWithoutALengthIsCutAtTheLimitToo() {
        byte[] big = new byte[200 * 1024];
        HttpResponse<String> response = RunningSimulator.send(HttpClient.newHttpClient(),
                HttpRequest.newBuilder(sim.http("/repo/p12-doctor?lang=en"))
                        .header("Content-Type", "multipart/form-data; boundary=xyz")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build());
        assertEquals(413, response.statusCode());
        assertTrue(Jsoup.parse(response.body()).select("#error").text().startsWith("The upload is too large"), response.body());
    }

    @Test
    void aPostWithoutAFileOrNotMultipartIsABadRequestInTheFacesStyle() {
        HttpResponse<String> notMultipart = sim.post(sim.http("/repo/p12-doctor?lang=en"), "password=x",
                "Content-Type", "application/x-www-form-urlencoded");
        assertEquals(400, notMultipart.statusCode());
        assertTrue(Jsoup.parse(notMultipart.body()).select("#error").text().contains("multipart/form-data"), notMultipart.body());
        HttpResponse<String> noFile = upload("?lang=en", new byte[0], "x");
        assertEquals(400, noFile.statusCode());
        assertEquals("Choose a .p12 file.", Jsoup.parse(noFile.body()).select("#error").text());
    }
}

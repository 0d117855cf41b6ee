package dev.upkisim.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkisim.ca.Authority;
import dev.upkisim.ca.Der;
import dev.upkisim.ca.Fingerprints;
import dev.upkisim.support.Openssl;
import dev.upkisim.support.RunningSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class RepositoryFaceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final RunningSimulator sim = RunningSimulator.perClass();

    @Test
    void caJsonListsEveryCaWithFingerprintsInTheFaqFormatAndDownloadUrls() throws Exception {
        JsonNode list = JSON.readTree(sim.get(sim.http("/repo/ca.json")).body());
        assertEquals(4, list.size());
        Set<String> roles = new HashSet<>();
        for (JsonNode ca : list) {
            roles.add(ca.get("role").asText());
            assertTrue(ca.get("sha1").asText().matches("([0-9A-F]{2} ){19}[0-9A-F]{2}"), ca.toString());
            assertTrue(ca.get("sha256").asText().matches("([0-9A-F]{2} ){31}[0-9A-F]{2}"), ca.toString());
            assertTrue(ca.get("serial").asText().matches("[0-9]+"), "decimal serial: " + ca);
            assertTrue(ca.get("subject").asText().contains("upki-sim"), ca.toString());

            byte[] der = RunningSimulator.sendForBytes(HttpClient.newHttpClient(),
                    HttpRequest.newBuilder(URI.create(ca.get("der").asText())).build()).body();
            var certificate = Der.certificate(der);
            assertEquals(Fingerprints.sha1(certificate), ca.get("sha1").asText());
            String pem = sim.get(URI.create(ca.get("pem").asText())).body();
            assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----\n"), pem);
            Authority authority = sim.simulator().hierarchy().all().stream()
                    .filter(a -> a.id().equals(ca.get("id").asText())).findFirst().orElseThrow();
            assertArrayEquals(authority.certificate().getEncoded(), der);
        }
        assertEquals(Set.of("root", "client", "smime", "server"), roles);
    }

    @Test
    void thePemFileIsWhatOpensslReads(@TempDir Path directory) throws Exception {
        Files.writeString(directory.resolve("client.pem"), sim.get(sim.http("/repo/ca/client.pem")).body());
        var result = Openssl.openssl(directory, "x509", "-in", "client.pem", "-noout", "-subject");
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("Passport for Member RSA CA16"), result.output());
        HttpResponse<String> der = sim.get(sim.http("/repo/ca/client.der"));
        assertEquals("application/pkix-cert", der.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void thePageIsJapaneseByDefaultAndEnglishOnRequest() {
        String japanese = sim.get(sim.http("/repo/")).body();
        assertTrue(japanese.contains("<html lang=\"ja\">"));
        assertTrue(japanese.contains("認証局リポジトリ"));
        assertTrue(japanese.contains(Fingerprints.sha1(sim.simulator().hierarchy().root().certificate())));
        assertTrue(japanese.contains("href=\"/repo/?lang=en\""), "a switch to English");

        for (String english : List.of(sim.get(sim.http("/repo/?lang=en")).body(),
                sim.get(sim.http("/repo/"), "Accept-Language", "en-US,en;q=0.9,ja;q=0.5").body())) {
            assertTrue(english.contains("<html lang=\"en\">"));
            assertTrue(english.contains("CA repository"));
            assertFalse(english.contains("ルート認証局"), "no Japanese role names on the English page");
        }
    }

    @Test
    void anUnknownCaOrFormatIsAPageInTheFacesStyle() {
        HttpResponse<String> unknown = sim.get(sim.http("/repo/ca/nope.pem?lang=en"));
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("there is no CA &#39;nope&#39;"), unknown.body());
        HttpResponse<String> format = sim.get(sim.http("/repo/ca/root.exe"));
        assertEquals(404, format.statusCode());
        assertTrue(format.body().contains("見つかりません"), format.body());
    }
}

package dev.upkisim.jupki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.support.Eventually;
import dev.upkisim.support.Openssl;
import dev.upkisim.support.Outbox;
import dev.upkisim.support.PortalClient;
import dev.upkisim.support.RunningSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A member through the portal at the HTTP level (the browser tests do the same in Chromium): apply, 有効, download
 * through the hand-over to 【STEP2】 and the P12 opened with the shown PIN; revocation; one expiry warning a month
 * before expiry, none for a revoked or a renewed certificate.
 */
class MemberJourneyTest {
    @TempDir
    static Path files;
    @RegisterExtension
    static final RunningSimulator sim = RunningSimulator.perClass();

    @Test
    void aMemberAppliesDownloadsOpensTheP12WithTheShownPinRevokesAndGetsOneExpiryWarning() throws Exception {
        PortalClient hanako = PortalClient.loggedIn(sim, "mihon.hanako", "hanako-demo-2026");
        long valid = PortalSteps.applyAndWaitUntilValid(hanako, "client");
        String pin = hanako.get("/jupki/").document().select("#application-" + valid + " .pin").text();
        Path p12 = download(hanako, valid);
        var openssl = Openssl.openssl(files, "pkcs12", "-in", p12.toString(), "-passin", "pass:" + pin, "-nokeys");
        assertEquals(0, openssl.exitCode(), openssl.output());
        assertTrue(openssl.output().contains("OU = mihon.hanako") || openssl.output().contains("OU=mihon.hanako"), openssl.output());
        String serial = Eventually.await("the serial on the home page", () -> {
            String text = hanako.get("/jupki/").document().select("#application-" + valid + " .serial").text();
            return text.matches("[0-9]+") ? Optional.of(text) : Optional.empty();
        });
        assertEquals("有効", hanako.get("/jupki/").document().select("#application-" + valid + " .status").text());

        PortalClient taro = PortalClient.loggedIn(sim, "shiken.taro", "taro-demo-2026");
        long toRevoke = PortalSteps.applyAndWaitUntilValid(taro, "client");
        download(taro, toRevoke);
        PortalClient.Page revokeForm = taro.get("/jupki/certificates/" + toRevoke + "/revoke");
        taro.submit(revokeForm, "form#revoke-form", Map.of("reason", "5"));
        Eventually.await("失効 on the home page", () -> "失効".equals(taro.get("/jupki/").document()
                .select("#application-" + toRevoke + " .status").text()) ? Optional.of(true) : Optional.empty());

        PortalClient jiro = PortalClient.loggedIn(sim, "kanri.jiro", "jiro-demo-2026");
        long renewedOne = PortalSteps.applyAndWaitUntilValid(jiro, "client");
        download(jiro, renewedOne);
        PortalClient.Page renewForm = jiro.get("/jupki/apply?renew=" + renewedOne);
        PortalClient.Page confirm = jiro.submit(renewForm, "form#apply-form", Map.of());
        assertEquals(200, jiro.submit(confirm, "form#confirm-form", Map.of()).status());

        Outbox outbox = new Outbox(sim);
        var advance = sim.withToken("POST", "/sim/clock", "{\"advance\": \"P47M1D\"}");
        assertEquals(200, advance.statusCode());
        Outbox.Mail warning = outbox.await("mihon.hanako@example.ac.jp", "有効期限のお知らせ");
        assertTrue(warning.text().contains(serial), warning.text());
        assertTrue(warning.text().contains("「新規申請/更新申請」"), "the renewal steps of the seed FAQ");
        sim.withToken("POST", "/sim/clock", "{\"advance\": \"P2D\"}");
        Eventually.await("a second scan", () -> outbox.all().stream().filter(m -> m.kind().equals("expiry-warning")).count() >= 1
                ? Optional.of(true) : Optional.empty());
        List<Outbox.Mail> warnings = outbox.all().stream().filter(m -> m.kind().equals("expiry-warning")).toList();
        assertEquals(1, warnings.size(), "one mail for the one valid, unrenewed certificate: " + warnings);
        assertEquals(List.of("mihon.hanako@example.ac.jp"), warnings.get(0).to());
    }

    private static Path download(PortalClient member, long applicationId) throws Exception {
        PortalClient.Page step2 = PortalSteps.downloadToStep3(member, applicationId);
        PortalClient.Page step3 = member.submit(step2, "form[name=SPIssueCliForm]", Map.of());
        String href = step3.document().selectFirst("a#download").attr("href");
        byte[] p12 = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sim.http(href).toString())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
        Path file = files.resolve("application-" + applicationId + ".p12");
        Files.write(file, p12);
        return file;
    }
}

package dev.upkisim.rp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkisim.ca.CaRole;
import dev.upkisim.ca.Pem;
import dev.upkisim.config.Settings;
import dev.upkisim.config.SettingsCatalog;
import dev.upkisim.support.ClientCertificates;
import dev.upkisim.support.NiiJourney;
import dev.upkisim.support.Openssl;
import dev.upkisim.support.RaClient;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.TestCa;
import dev.upkisim.support.TsvRows;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relying-party check (SPEC 1.9) with real curl presenting client certificates to its own HTTPS port, one
 * reason at a time: the seed FAQ's "imported but unusable" list made visible.
 */
class RelyingPartyCheckTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path data;
    @TempDir
    Path files;

    @Test
    void eachReasonARelyingPartyRefusesACertificateForIsReportedOneByOne() throws Exception {
        try (RunningSimulator sim = RunningSimulator.start(data)) {
            Files.writeString(files.resolve("root.pem"), sim.rootPem());
            NiiJourney journey = new NiiJourney(sim, "example-u");
            String dn = "CN=HANAKO MIHON, OU=mihon.hanako, " + TsvRows.DN_BASE;
            Path hanako = issue(journey, dn, 5, "mihon.hanako@example.ac.jp", "hanako");
            assertEquals(List.of(), reasons(sim, hanako, ""), "a good certificate is accepted");
            assertEquals(List.of("someone-elses"), reasons(sim, hanako, "?user=shiken.taro"));
            assertEquals(List.of(), reasons(sim, hanako, "?user=mihon.hanako"));

            Path smime = issue(journey, "CN=smime.only@example.ac.jp, OU=s2607001, " + TsvRows.DN_BASE, 7,
                    "smime.only@example.ac.jp", "smime");
            assertEquals(List.of("wrong-purpose"), reasons(sim, smime, ""));

            var foreign = ClientCertificates.issue(TestCa.hierarchy().get(CaRole.CLIENT), "CN=Stranger, C=JP");
            assertEquals(List.of("unknown-issuer"), reasons(sim, pem(foreign, "foreign"), ""));

            var unrecorded = ClientCertificates.issue(sim.simulator().hierarchy().get(CaRole.CLIENT), "CN=Forged, C=JP");
            assertEquals(List.of("not-on-record"), reasons(sim, pem(unrecorded, "unrecorded"), ""));

            var keys = dev.upkisim.ca.RsaKeys.generate();
            var now = sim.simulator().clock().now();
            var future = dev.upkisim.ca.CertificateSigner.issuedBy(sim.simulator().hierarchy().get(CaRole.CLIENT),
                            new javax.security.auth.x500.X500Principal("CN=Future, C=JP"), keys.getPublic(),
                            dev.upkisim.ca.Serials.random128(), now.plus(java.time.Duration.ofDays(10)),
                            now.plus(java.time.Duration.ofDays(40))).sign();
            Path futurePem = files.resolve("future.pem");
            Files.writeString(futurePem, Pem.certificate(future) + Pem.privateKey(keys.getPrivate()));
            assertEquals(List.of("not-on-record", "not-yet-valid"), reasons(sim, futurePem, ""));

            BigInteger serial = new BigInteger(Openssl.openssl(files, "x509", "-in", hanako.toString(), "-noout", "-serial")
                    .output().trim().substring("serial=".length()), 16);
            journey.upload("3", "1", new TsvRows().revoke(dn, serial, 1, "", "mihon.hanako@example.ac.jp").bytes());
            journey.outbox().await("mihon.hanako@example.ac.jp", "失効完了通知");
            assertEquals(List.of("revoked"), reasons(sim, hanako, ""));

            sim.withToken("POST", "/sim/clock", "{\"advance\": \"P49M\"}");
            assertTrue(reasons(sim, smime, "").contains("expired"), "expired on the simulated clock");

            var page = Openssl.run(files, List.of("curl", "-sS", "--cacert", "root.pem", "--cert", smime.toString(),
                    "https://localhost:" + sim.simulator().relyingPartyPort() + "/rp/check?lang=en"));
            assertTrue(page.output().contains("This certificate would be refused"), page.output());
            var none = Openssl.run(files, List.of("curl", "-sS", "--cacert", "root.pem",
                    "https://localhost:" + sim.simulator().relyingPartyPort() + "/rp/check"));
            assertNotEquals(0, none.exitCode(), "no client certificate, no handshake: " + none.output());
        }
    }

    @Test
    void aCertificateObtainedBeforeTheMembersAddressChangedIsRefused(@TempDir Path fixtures) throws Exception {
        Path hanako;
        try (RunningSimulator sim = RunningSimulator.start(data)) {
            Files.writeString(files.resolve("root.pem"), sim.rootPem());
            hanako = issue(new NiiJourney(sim, "example-u"), "CN=HANAKO MIHON, OU=mihon.hanako, " + TsvRows.DN_BASE, 5,
                    "mihon.hanako@example.ac.jp", "before");
        }
        for (String file : List.of("ca.yaml", "institutions.yaml", "users.yaml")) {
            Files.copy(Path.of("fixtures", file), fixtures.resolve(file));
        }
        Path users = fixtures.resolve("users.yaml");
        Files.writeString(users, Files.readString(users).replace("email: mihon.hanako@example.ac.jp", "email: hanako.mihon@example.ac.jp"));
        try (RunningSimulator sim = RunningSimulator.start(Settings.forTests(data)
                .with(SettingsCatalog.SIM_TOKEN, RunningSimulator.TOKEN).with(SettingsCatalog.FIXTURES, fixtures))) {
            assertEquals(List.of("email-changed"), reasons(sim, hanako, ""));
        }
    }

    private Path issue(NiiJourney journey, String dn, int profile, String email, String name) throws Exception {
        journey.upload("1", "1", new TsvRows().issue(dn, profile, 1, "確認 用", email).bytes());
        String pin = journey.fetchPin(email);
        RaClient.Page step3 = journey.pressIssue(journey.step2(email, pin));
        Path p12 = files.resolve(name + ".p12");
        Files.write(p12, journey.downloadP12(step3));
        Path both = files.resolve(name + ".pem");
        var export = Openssl.openssl(files, "pkcs12", "-in", p12.toString(), "-passin", "pass:" + pin, "-nodes",
                "-clcerts", "-out", both.toString());
        assertEquals(0, export.exitCode(), export.output());
        return both;
    }

    private Path pem(ClientCertificates.Issued issued, String name) throws Exception {
        Path file = files.resolve(name + ".pem");
        Files.writeString(file, Pem.certificate(issued.certificate()) + Pem.privateKey(issued.keys().getPrivate()));
        return file;
    }

    private List<String> reasons(RunningSimulator sim, Path certificate, String query) throws Exception {
        var result = Openssl.run(files, List.of("curl", "-sS", "--cacert", "root.pem", "--cert", certificate.toString(),
                "https://localhost:" + sim.simulator().relyingPartyPort() + "/rp/check" + (query.isEmpty() ? "?" : query + "&")
                        + "format=json"));
        assertEquals(0, result.exitCode(), result.output());
        JsonNode verdict = JSON.readTree(result.output());
        List<String> codes = new ArrayList<>();
        verdict.get("reasons").forEach(reason -> codes.add(reason.get("code").asText()));
        assertEquals(codes.isEmpty(), verdict.get("accepted").asBoolean());
        return codes;
    }
}

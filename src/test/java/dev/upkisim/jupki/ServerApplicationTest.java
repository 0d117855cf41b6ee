package dev.upkisim.jupki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.support.Eventually;
import dev.upkisim.support.Openssl;
import dev.upkisim.support.PortalClient;
import dev.upkisim.support.RunningSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A server admin applies for a server certificate with a CSR made by real openssl (SPEC 1.5). */
class ServerApplicationTest {
    @TempDir
    static Path files;
    @RegisterExtension
    static final RunningSimulator sim = RunningSimulator.perClass();
    private static PortalClient admin;

    @BeforeAll
    static void start() throws Exception {
        admin = PortalClient.loggedIn(sim, "kanri.jiro", "jiro-demo-2026");
        Files.writeString(files.resolve("root.pem"), sim.rootPem());
    }

    @Test
    void aValidCsrGoesThroughTheNiiSideToACertificateAndChainInPem() throws Exception {
        String csr = csr("www.example.ac.jp", 2048);
        PortalClient.Page form = admin.get("/jupki/server");
        PortalClient.Page confirm = admin.post("/jupki/server/confirm", Map.of("_csrf", form.csrf(), "fqdn", "www.example.ac.jp",
                "sans", "mail.example.ac.jp", "software", "nginx 1.24", "csr", csr));
        assertEquals(200, confirm.status(), confirm.html());
        PortalClient.Page listed = admin.submit(confirm, "form#server-submit-form", Map.of());
        assertTrue(listed.document().select("#flash").text().contains("申請を受け付けました"), listed.html());
        String pemHref = Eventually.await("the PEM link", () -> Optional.ofNullable(
                admin.get("/jupki/server").document().selectFirst("a.pem")).map(link -> link.attr("href")));
        PortalClient.Page pem = admin.get(pemHref);
        assertEquals(200, pem.status());
        Files.writeString(files.resolve("chain.pem"), pem.document().wholeText());
        var verify = Openssl.run(files, List.of("sh", "-c", "awk 'BEGIN{n=0} /BEGIN CERT/{n++} {print > \"cert\" n \".pem\"}' chain.pem"
                + " && openssl verify -CAfile root.pem -untrusted cert2.pem -purpose sslserver cert1.pem"
                + " && openssl x509 -in cert1.pem -noout -ext subjectAltName"));
        assertEquals(0, verify.exitCode(), verify.output());
        assertTrue(verify.output().contains("DNS:www.example.ac.jp") && verify.output().contains("DNS:mail.example.ac.jp"),
                verify.output());
    }

    @Test
    void badCsrsAreRefusedWithClearMessagesAndNothingIsApplied() throws Exception {
        int before = admin.get("/jupki/server").document().select("#server-applications tbody tr").size();
        Map<String, String> cases = Map.of(
                "not a csr at all", "www2.example.ac.jp",
                csr("small.example.ac.jp", 1024), "small.example.ac.jp",
                csr("www.other-university.ac.jp", 2048), "www.other-university.ac.jp");
        for (var entry : cases.entrySet()) {
            PortalClient.Page form = admin.get("/jupki/server");
            PortalClient.Page refused = admin.post("/jupki/server/confirm", Map.of("_csrf", form.csrf(),
                    "fqdn", entry.getValue(), "sans", "", "software", "Apache 2.4", "csr", entry.getKey()));
            assertEquals(422, refused.status());
            assertTrue(!refused.document().select("#csr-problems li").isEmpty(), refused.html());
        }
        PortalClient.Page english = admin.post("/jupki/server/confirm?lang=en", Map.of("_csrf", admin.get("/jupki/server").csrf(),
                "fqdn", "small.example.ac.jp", "sans", "", "software", "x", "csr", csr("small.example.ac.jp", 1024)));
        assertTrue(english.document().select("#csr-problems").text().matches(".*[Kk]ey.*"), english.html());
        assertEquals(before, admin.get("/jupki/server").document().select("#server-applications tbody tr").size());
        assertEquals(404, admin.get("/jupki/server/99999.pem").status());
    }

    private static String csr(String name, int bits) throws Exception {
        Path key = files.resolve(name + "-" + bits + ".key");
        var result = Openssl.openssl(files, "req", "-new", "-newkey", "rsa:" + bits, "-nodes", "-keyout", key.toString(),
                "-subj", "/CN=" + name, "-out", files.resolve(name + "-" + bits + ".csr").toString());
        assertEquals(0, result.exitCode(), result.output());
        return Files.readString(files.resolve(name + "-" + bits + ".csr"));
    }
}

package dev.upkisim.ca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.core.CertificateProfile;
import dev.upkisim.support.Csrs;
import dev.upkisim.support.Openssl;
import dev.upkisim.support.TestCa;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Server certificates (profile 3) issued over openssl-made CSRs, as openssl 3 and the JDK see them. */
class ServerCertificatesWithOpensslTest {
    static final String DN = "CN=www.example.ac.jp, O=Example University, L=Example-shi, C=JP";
    static final List<String> NAMES = List.of("www.example.ac.jp", "mail.example.ac.jp");
    static final URI BASE = URI.create("http://sim.example.test:8080");
    @TempDir
    static Path files;
    private static CaHierarchy hierarchy;

    @BeforeAll
    static void writeTheChain() throws Exception {
        // valid from before 2026-03 so that both sides of the 398/198-day switch can be issued
        hierarchy = CaHierarchyGenerator.generate(TestCa.names(), Instant.parse("2026-01-01T00:00:00Z"), Instant.now(),
                RsaKeys::generate);
        Files.writeString(files.resolve("root.pem"), Pem.certificate(hierarchy.root().certificate()));
        Files.writeString(files.resolve("server-ca.pem"), Pem.certificate(hierarchy.get(CaRole.SERVER).certificate()));
    }

    @Test
    void anRsaRequestBecomesASslServerCertificateOfTheServerCaWithTheNamesCnFirst() throws Exception {
        var csr = Csrs.rsa(files, 2048, "/CN=www.example.ac.jp");
        X509Certificate certificate = issue(csr, DN, NAMES, Instant.now());
        Path leaf = write(certificate, "rsa.pem");
        var verify = Openssl.openssl(files, "verify", "-CAfile", "root.pem", "-untrusted", "server-ca.pem",
                "-purpose", "sslserver", leaf.toString());
        assertEquals(0, verify.exitCode(), verify.output());
        var sslclient = Openssl.openssl(files, "verify", "-CAfile", "root.pem", "-untrusted", "server-ca.pem",
                "-purpose", "sslclient", leaf.toString());
        assertFalse(sslclient.exitCode() == 0, "serverAuth only: " + sslclient.output());

        assertEquals(hierarchy.get(CaRole.SERVER).certificate().getSubjectX500Principal(), certificate.getIssuerX500Principal());
        assertEquals(ServerCsr.parse(csr.pem()).orElseThrow().publicKey(), certificate.getPublicKey());
        assertEquals(List.of("1.3.6.1.5.5.7.3.1"), certificate.getExtendedKeyUsage());
        assertEquals(List.of(List.of(2, "www.example.ac.jp"), List.of(2, "mail.example.ac.jp")),
                certificate.getSubjectAlternativeNames().stream().map(List::copyOf).toList());
        boolean[] usage = certificate.getKeyUsage();
        assertTrue(usage[0] && usage[2], "digitalSignature + keyEncipherment for RSA");
        assertTrue(certificate.getCriticalExtensionOIDs().contains("2.5.29.15"));
        var text = Openssl.openssl(files, "x509", "-in", leaf.toString(), "-noout", "-text").output();
        assertTrue(text.contains("URI:http://sim.example.test:8080/repo/crl/server.crl"), text);
        assertTrue(text.contains("OCSP - URI:http://sim.example.test:8080/repo/ocsp"), text);
        assertTrue(text.contains("CA Issuers - URI:http://sim.example.test:8080/repo/ca/server.der"), text);
    }

    @Test
    void anEcdsaKeyGetsDigitalSignatureOnlyAndStillVerifies() throws Exception {
        var csr = Csrs.ec(files, "P-256", "/CN=www.example.ac.jp");
        X509Certificate certificate = issue(csr, DN, NAMES, Instant.now());
        boolean[] usage = certificate.getKeyUsage();
        assertTrue(usage[0]);
        assertFalse(usage[2], "no keyEncipherment for an EC key");
        assertEquals("EC", certificate.getPublicKey().getAlgorithm());
        var verify = Openssl.openssl(files, "verify", "-CAfile", "root.pem", "-untrusted", "server-ca.pem",
                "-purpose", "sslserver", write(certificate, "ec.pem").toString());
        assertEquals(0, verify.exitCode(), verify.output());
    }

    @Test
    void theValidityIs198DaysFromMarch2026And398DaysBefore() {
        var csr = Csrs.rsa(files, 2048, "/CN=www.example.ac.jp");
        X509Certificate after = issue(csr, DN, NAMES, Instant.parse("2026-04-01T00:00:00Z"));
        assertEquals(Duration.ofDays(198).minusSeconds(1), between(after));
        X509Certificate before = issue(csr, DN, NAMES, Instant.parse("2026-03-01T00:00:00Z"));
        assertEquals(Duration.ofDays(398).minusSeconds(1), between(before));
    }

    @Test
    void aSubjectWithOuOrEmailOrACnThatIsNotTheFirstNameIsRefused() {
        var csr = Csrs.rsa(files, 2048, "/CN=www.example.ac.jp");
        assertThrows(IllegalArgumentException.class, () -> issue(csr,
                "CN=www.example.ac.jp, OU=Center, O=Example University, L=Example-shi, C=JP", NAMES, Instant.now()));
        assertThrows(IllegalArgumentException.class, () -> issue(csr,
                "EMAILADDRESS=a@example.ac.jp, CN=www.example.ac.jp, O=Example University, C=JP", NAMES, Instant.now()));
        assertThrows(IllegalArgumentException.class, () -> issue(csr, DN, List.of("mail.example.ac.jp",
                "www.example.ac.jp"), Instant.now()));
        assertThrows(IllegalArgumentException.class, () -> issue(csr, DN, List.of(), Instant.now()));
        assertThrows(IllegalArgumentException.class, () -> issue(csr, DN, List.of("www.example.ac.jp", "*.example.ac.jp"),
                Instant.now()));
    }

    private static X509Certificate issue(Csrs.Csr csr, String dn, List<String> names, Instant start) {
        return EndEntityIssuer.issue(hierarchy, new EndEntityRequest(CertificateProfile.SERVER, new X500Principal(dn),
                null, ServerCsr.parse(csr.pem()).orElseThrow().publicKey(), Serials.random128(), start, BASE, names));
    }

    private static Duration between(X509Certificate certificate) {
        return Duration.between(certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant());
    }

    private static Path write(X509Certificate certificate, String name) throws Exception {
        Path path = files.resolve(name);
        Files.writeString(path, Pem.certificate(certificate));
        return path;
    }
}

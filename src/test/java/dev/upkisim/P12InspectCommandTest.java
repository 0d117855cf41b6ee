package dev.upkisim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkisim.ca.CaHierarchy;
import dev.upkisim.ca.CaRole;
import dev.upkisim.ca.EndEntityIssuer;
import dev.upkisim.ca.EndEntityRequest;
import dev.upkisim.ca.P12Format;
import dev.upkisim.ca.P12Writer;
import dev.upkisim.ca.RsaKeys;
import dev.upkisim.ca.Serials;
import dev.upkisim.core.CertificateProfile;
import dev.upkisim.support.TestCa;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code upki-sim p12 inspect} through {@link Main#run}, in-process: text, JSON and exit codes. */
class P12InspectCommandTest {
    static final String PIN = "Xk7pQ2mv";
    @TempDir
    static Path directory;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void writeBothProfiles() throws IOException {
        CaHierarchy hierarchy = TestCa.hierarchy();
        KeyPair keys = RsaKeys.generate();
        X509Certificate leaf = EndEntityIssuer.issue(hierarchy, new EndEntityRequest(CertificateProfile.CLIENT_13_MONTHS,
                new X500Principal("CN=Hanako Suzuki,O=Example University,C=JP"), "hanako.suzuki@example.ac.jp",
                keys.getPublic(), Serials.random128(), Instant.now(), URI.create("http://localhost:8080")));
        List<X509Certificate> chain = List.of(hierarchy.get(CaRole.CLIENT).certificate(), hierarchy.root().certificate());
        for (P12Format format : P12Format.values()) {
            Files.write(directory.resolve(format.id() + ".p12"),
                    P12Writer.write(keys.getPrivate(), leaf, chain, "Hanako Suzuki", PIN.toCharArray(), format));
        }
        Files.writeString(directory.resolve("cert.pem"), dev.upkisim.ca.Pem.certificate(leaf));
    }

    private int run(Map<String, String> environment, String... args) {
        return Main.run(args, environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String file(String name) {
        return directory.resolve(name).toString();
    }

    @Test
    void aModernFileWithItsPasswordPrintsTheAlgorithmsChainAndVerdictsAndExitsWith0() {
        assertEquals(0, run("p12", "inspect", file("modern.p12"), "--password", PIN));
        String text = printed();
        assertTrue(text.contains("MAC: HMAC-SHA-256, 10000 iterations"), text);
        assertTrue(text.contains("key: PBES2 (PBKDF2 hmacWithSHA256, AES-256-CBC), 10000 iterations; friendlyName Hanako Suzuki"), text);
        assertTrue(text.contains("Key: RSA 2048 bits, matches the leaf certificate"), text);
        assertTrue(text.contains("Chain: [1, 2, 3], reaches a root, in file order"), text);
        assertTrue(text.contains("iOS/iPadOS: MAY_FAIL — AES-256 PBES2: iOS may refuse"), text);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void thePasswordCanComeFromTheEnvironmentAndTheTextInJapanese() {
        assertEquals(0, run(Map.of("UPKI_PIN", PIN), "p12", "inspect", "--password-env", "UPKI_PIN", "--lang", "ja",
                file("legacy.p12")));
        String text = printed();
        assertTrue(text.contains("秘密鍵: RSA 2048 bits、証明書と一致"), text);
        assertTrue(text.contains("iOS/iPadOS: OK — TripleDES-SHA1: iOS/iPadOS 向けにFAQが勧める形式です。"), text);
        assertTrue(text.contains("指紋 SHA-1: "), text);
    }

    @Test
    void jsonHasTheSameReport() throws IOException {
        assertEquals(0, run("p12", "inspect", file("legacy.p12"), "--password", PIN, "--json"));
        JsonNode report = new ObjectMapper().readTree(printed());
        assertEquals("READ", report.get("status").asText());
        assertEquals("SHA-1", report.at("/mac/digest").asText());
        assertEquals("TRIPLE_DES_SHA1", report.at("/safes/1/bags/0/protection/scheme").asText());
        assertEquals(3, report.get("certificates").size());
        assertEquals("IOS", report.at("/verdicts/0/platform").asText());
        assertEquals("OK", report.at("/verdicts/0/outcome").asText());
        assertTrue(report.at("/certificates/0/notAfter").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), printed());
    }

    @Test
    void aWrongPasswordExitsWith1AndSaysTheMacCheckFailed() {
        assertEquals(1, run("p12", "inspect", file("legacy.p12"), "--password", "nope"));
        assertTrue(printed().startsWith("Wrong password: the MAC check failed (HMAC-SHA-1, 2048 iterations)."), printed());
    }

    @Test
    void withoutAPasswordTheStructureIsPrintedAndTheExitCodeIs0() {
        assertEquals(0, run("p12", "inspect", file("modern.p12")));
        assertTrue(printed().contains("Give its password"), printed());
        assertTrue(printed().contains("(needs the password)"), printed());
    }

    @Test
    void aPemFileIsNotAP12AndExitsWith1() {
        assertEquals(1, run("p12", "inspect", file("cert.pem")));
        assertTrue(printed().startsWith("This is PEM text (CERTIFICATE), not a PKCS#12 file"), printed());
    }

    @Test
    void badUsageExitsWith2() {
        assertEquals(2, run("p12", "inspect"));
        assertEquals(2, run("p12", "inspect", file("nothing.p12")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such file"), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("p12", "inspect", file("legacy.p12"), "--password", "a", "--password-env", "B"));
        assertEquals(2, run("p12", "inspect", file("legacy.p12"), "--password-env", "UNSET_VARIABLE"));
        assertEquals(2, run("p12"));
    }
}

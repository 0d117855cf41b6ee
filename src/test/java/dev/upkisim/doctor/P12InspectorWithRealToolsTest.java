package dev.upkisim.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import dev.upkisim.doctor.ImportVerdict.Outcome;
import dev.upkisim.doctor.ImportVerdict.Platform;
import dev.upkisim.doctor.P12Report.Status;
import dev.upkisim.support.Openssl;
import dev.upkisim.support.Pkcs12Tools;
import dev.upkisim.support.TestCa;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The P12 doctor on files made by the programs that make them in real life (issue 6, item 4): upki-sim's own
 * writer in both profiles, openssl 3's default and {@code -legacy}, the JDK's keytool and NSS's pk12util.
 */
class P12InspectorWithRealToolsTest {
    static final String PASSWORD = "Xk7pQ2mv";
    @TempDir
    static Path directory;
    static X509Certificate leaf;

    @BeforeAll
    static void makeOneFilePerTool() throws IOException {
        CaHierarchy hierarchy = TestCa.hierarchy();
        KeyPair keys = RsaKeys.generate();
        leaf = EndEntityIssuer.issue(hierarchy, new EndEntityRequest(CertificateProfile.CLIENT_13_MONTHS,
                new X500Principal("CN=Taro Yamada,O=Example University,C=JP"), "taro.yamada@example.ac.jp",
                keys.getPublic(), Serials.random128(), Instant.now(), URI.create("http://localhost:8080")));
        List<X509Certificate> chain = List.of(hierarchy.get(CaRole.CLIENT).certificate(), hierarchy.root().certificate());
        for (P12Format format : P12Format.values()) {
            Files.write(directory.resolve("upki-sim-" + format.id() + ".p12"),
                    P12Writer.write(keys.getPrivate(), leaf, chain, "Taro Yamada", PASSWORD.toCharArray(), format));
        }
        ok(Openssl.openssl(directory, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem",
                "-out", "cert.pem", "-subj", "/CN=openssl user", "-days", "2"));
        ok(Openssl.openssl(directory, "pkcs12", "-export", "-inkey", "key.pem", "-in", "cert.pem", "-name", "nssuser",
                "-out", "openssl-default.p12", "-passout", "pass:" + PASSWORD));
        ok(Openssl.openssl(directory, "pkcs12", "-export", "-legacy", "-inkey", "key.pem", "-in", "cert.pem",
                "-out", "openssl-legacy.p12", "-passout", "pass:" + PASSWORD));
        ok(Openssl.openssl(directory, "pkcs12", "-export", "-legacy", "-nomac", "-inkey", "key.pem", "-in", "cert.pem",
                "-out", "openssl-nomac.p12", "-passout", "pass:" + PASSWORD));
        ok(Pkcs12Tools.keytool(directory, "-genkeypair", "-alias", "kt", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=keytool user", "-storetype", "PKCS12", "-keystore", "keytool.p12",
                "-storepass", PASSWORD, "-keypass", PASSWORD, "-validity", "2"));
        Files.createDirectories(directory.resolve("nssdb"));
        ok(Openssl.run(directory, List.of("certutil", "-N", "-d", "sql:nssdb", "--empty-password")));
        ok(Pkcs12Tools.pk12util(directory, "-i", "openssl-default.p12", "-d", "sql:nssdb", "-W", PASSWORD));
        ok(Pkcs12Tools.pk12util(directory, "-o", "pk12util.p12", "-n", "nssuser", "-d", "sql:nssdb", "-W", PASSWORD));
    }

    private static void ok(Openssl.Result result) {
        assertEquals(0, result.exitCode(), result.output());
    }

    private static P12Report inspect(String file, String password) throws IOException {
        return P12Inspector.inspect(Files.readAllBytes(directory.resolve(file)), password == null ? null : password.toCharArray());
    }

    @ParameterizedTest(name = "{0}: key {1}, certificates {2}, MAC {3}")
    @CsvSource(delimiter = '|', value = {
            "upki-sim-legacy.p12  | pbeWithSHAAnd3-KeyTripleDES-CBC, 2048 iterations | pbeWithSHAAnd3-KeyTripleDES-CBC, 2048 iterations | HMAC-SHA-1, 2048 iterations",
            "upki-sim-modern.p12  | PBES2 (PBKDF2 hmacWithSHA256, AES-256-CBC), 10000 iterations | PBES2 (PBKDF2 hmacWithSHA256, AES-256-CBC), 10000 iterations | HMAC-SHA-256, 10000 iterations",
            "openssl-default.p12  | PBES2 (PBKDF2 hmacWithSHA256, AES-256-CBC), 2048 iterations | PBES2 (PBKDF2 hmacWithSHA256, AES-256-CBC), 2048 iterations | HMAC-SHA-256, 2048 iterations",
            "openssl-legacy.p12   | pbeWithSHAAnd3-KeyTripleDES-CBC, 2048 iterations | pbeWithSHAAnd40BitRC2-CBC, 2048 iterations | HMAC-SHA-1, 2048 iterations",
            "keytool.p12          | PBES2 (PBKDF2 hmacWithSHA256, AES-256-CBC), 10000 iterations | PBES2 (PBKDF2 hmacWithSHA256, AES-256-CBC), 10000 iterations | HMAC-SHA-256, 10000 iterations",
            "pk12util.p12         | PBES2 (PBKDF2 hmacWithSHA256, AES-256-CBC), 600000 iterations | PBES2 (PBKDF2 hmacWithSHA256, AES-128-CBC), 600000 iterations | HMAC-SHA-256, 600000 iterations",
    })
    void theReportNamesTheAlgorithmsEachToolWrote(String file, String key, String certificates, String mac) throws IOException {
        P12Report report = inspect(file, PASSWORD);
        assertEquals(Status.READ, report.status(), report.summary().en());
        assertEquals(mac, report.mac().describe());
        List<BagInfo> bags = report.safes().stream().flatMap(safe -> safe.bags().stream()).toList();
        assertEquals(List.of(key), bags.stream().filter(b -> b.type().equals("key")).map(b -> b.protection().describe()).toList());
        assertTrue(bags.stream().filter(b -> b.type().equals("certificate")).allMatch(b -> b.protection().describe().equals(certificates)),
                bags.toString());
        assertNotNull(report.key());
        assertEquals("2048 bits", report.key().size());
        assertTrue(report.key().matchesLeaf());
        assertTrue(report.chain().reachesRoot());
    }

    @ParameterizedTest(name = "keytool and pk12util read {0}, as the Java and Firefox verdicts say")
    @ValueSource(strings = {"upki-sim-legacy.p12", "upki-sim-modern.p12", "openssl-default.p12", "openssl-legacy.p12",
            "keytool.p12", "pk12util.p12"})
    void theJavaAndFirefoxVerdictsAreBackedByKeytoolAndPk12util(String file) throws IOException {
        List<ImportVerdict> verdicts = inspect(file, PASSWORD).verdicts();
        assertEquals(Outcome.OK, verdicts.get(3).outcome());
        assertEquals(Outcome.OK, verdicts.get(4).outcome());
        ok(Pkcs12Tools.keytool(directory, "-list", "-storetype", "PKCS12", "-keystore", file, "-storepass", PASSWORD));
        ok(Pkcs12Tools.pk12util(directory, "-l", file, "-W", PASSWORD));
    }

    @Test
    void upkiSimsFileShowsTheChainInOrderWithFingerprintsInTheFaqFormat() throws IOException {
        P12Report report = inspect("upki-sim-legacy.p12", PASSWORD);
        assertEquals(3, report.certificates().size());
        assertEquals(List.of(0, 1, 2), report.chain().path());
        assertTrue(report.chain().inFileOrder());
        CertificateInfo first = report.certificates().get(0);
        assertEquals(Fingerprints.sha1(leaf), first.sha1());
        assertTrue(first.sha1().matches("([0-9A-F]{2} ){19}[0-9A-F]{2}"), first.sha1());
        assertEquals(leaf.getSerialNumber().toString(), first.serial());
        BagInfo keyBag = report.safes().stream().flatMap(s -> s.bags().stream()).filter(b -> b.type().equals("key")).findFirst().orElseThrow();
        assertEquals("Taro Yamada", keyBag.friendlyName());
        assertEquals(first.sha1(), keyBag.localKeyId());
    }

    @ParameterizedTest(name = "{0}: iOS {1}, macOS {2}, Windows {3}")
    @CsvSource({
            "upki-sim-legacy.p12, OK, OK, OK",
            "openssl-legacy.p12, OK, OK, OK",
            "upki-sim-modern.p12, MAY_FAIL, MAY_FAIL, OK",
            "openssl-default.p12, MAY_FAIL, MAY_FAIL, OK",
            "keytool.p12, MAY_FAIL, MAY_FAIL, OK",
            "pk12util.p12, MAY_FAIL, MAY_FAIL, UNKNOWN",
    })
    void theVerdictsFollowTheFaqsTripleDesAdvice(String file, Outcome ios, Outcome macos, Outcome windows) throws IOException {
        List<ImportVerdict> verdicts = inspect(file, PASSWORD).verdicts();
        assertEquals(List.of(ios, macos, windows, Outcome.OK, Outcome.OK), verdicts.stream().map(ImportVerdict::outcome).toList());
        ImportVerdict apple = verdicts.get(0);
        assertEquals(Platform.IOS, apple.platform());
        if (ios == Outcome.MAY_FAIL) {
            assertEquals("AES-256 PBES2: iOS may refuse (it says the password is wrong) — re-export with TripleDES-SHA1.", apple.reason().en());
            assertTrue(apple.reason().ja().contains("TripleDES-SHA1 で再エクスポート"), apple.reason().ja());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"upki-sim-legacy.p12", "upki-sim-modern.p12", "openssl-default.p12", "keytool.p12", "pk12util.p12"})
    void aWrongPasswordIsNamedAsAFailedMacCheckWithTheAccessPinHint(String file) throws IOException {
        P12Report report = inspect(file, "wrong");
        assertEquals(Status.WRONG_PASSWORD, report.status());
        assertTrue(report.summary().en().startsWith("Wrong password: the MAC check failed"), report.summary().en());
        assertTrue(report.summary().en().contains("access PIN"), report.summary().en());
        assertTrue(report.summary().ja().contains("アクセスPIN"), report.summary().ja());
    }

    @Test
    void aFileWithoutAMacIsReadWithItsPasswordAndAWrongOneFailsDecryption() throws IOException {
        P12Report report = inspect("openssl-nomac.p12", PASSWORD);
        assertEquals(Status.READ, report.status(), report.summary().en());
        assertEquals("none", report.mac().describe());
        assertTrue(report.key().matchesLeaf());
        P12Report wrong = inspect("openssl-nomac.p12", "wrong");
        assertEquals(Status.WRONG_PASSWORD, wrong.status());
        assertTrue(wrong.summary().en().startsWith("Wrong password: there is no MAC and decryption failed."), wrong.summary().en());
    }

    @Test
    void withoutThePasswordTheMacAndTheKeyEncryptionAreStillReported() throws IOException {
        P12Report report = inspect("upki-sim-legacy.p12", null);
        assertEquals(Status.PASSWORD_NEEDED, report.status());
        assertEquals("HMAC-SHA-1, 2048 iterations", report.mac().describe());
        assertEquals(List.of(false, true), report.safes().stream().map(SafeInfo::opened).toList());
        assertEquals(Outcome.OK, report.verdicts().get(0).outcome());
        assertTrue(report.certificates().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "key.pem  | This is PEM text (PRIVATE KEY)",
            "cert.pem | This is PEM text (CERTIFICATE)",
    })
    void pemTextIsNamedAsPem(String file, String start) throws IOException {
        P12Report report = inspect(file, PASSWORD);
        assertEquals(Status.NOT_P12, report.status());
        assertTrue(report.summary().en().startsWith(start), report.summary().en());
    }

    @Test
    void aDerCertificateEmptyInputAndRandomBytesAreNotP12() {
        P12Report der = P12Inspector.inspect(dev.upkisim.ca.Der.encoded(leaf), null);
        assertEquals(Status.NOT_P12, der.status());
        assertTrue(der.summary().en().startsWith("This is a DER certificate (CN=Taro Yamada"), der.summary().en());
        assertTrue(P12Inspector.inspect(new byte[0], null).summary().en().startsWith("The file is empty"));
        byte[] random = new byte[512];
        new java.util.Random(6).nextBytes(random);
        P12Report noise = P12Inspector.inspect(random, PASSWORD.toCharArray());
        assertEquals(Status.NOT_P12, noise.status());
        assertTrue(noise.summary().en().startsWith("This is not a PKCS#12 (.p12) file"), noise.summary().en());
    }
}

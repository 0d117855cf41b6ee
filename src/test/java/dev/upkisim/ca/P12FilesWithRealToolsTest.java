package dev.upkisim.ca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.core.CertificateProfile;
import dev.upkisim.support.Openssl;
import dev.upkisim.support.Pkcs12Tools;
import dev.upkisim.support.TestCa;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Legacy and modern P12 files as the programs that import them read them (SPEC 1.9): openssl 3, the JDK's
 * keytool and NSS's pk12util (Firefox, Thunderbird). One file per format, written once for the class.
 */
class P12FilesWithRealToolsTest {
    static final String PASSWORD = "Xk7pQ2mv";
    static final String FRIENDLY_NAME = "Taro Yamada";
    @TempDir
    static Path directory;
    private static KeyPair keys;

    @BeforeAll
    static void writeOneFilePerFormat() throws IOException {
        CaHierarchy hierarchy = TestCa.hierarchy();
        keys = RsaKeys.generate();
        X509Certificate leaf = EndEntityIssuer.issue(hierarchy, new EndEntityRequest(CertificateProfile.CLIENT_13_MONTHS,
                new X500Principal("CN=Taro Yamada,OU=School of Information Science,O=Example University,L=Nomi,C=JP"),
                "taro.yamada@example.ac.jp", keys.getPublic(), Serials.random128(), Instant.now(),
                URI.create("http://localhost:8080")));
        List<X509Certificate> chain = List.of(hierarchy.get(CaRole.CLIENT).certificate(), hierarchy.root().certificate());
        for (P12Format format : P12Format.values()) {
            Files.write(file(format), P12Writer.write(keys.getPrivate(), leaf, chain, FRIENDLY_NAME,
                    PASSWORD.toCharArray(), format));
        }
    }

    @ParameterizedTest(name = "{0}: {1}, MAC {2}")
    @CsvSource(delimiter = '|', value = {
            "LEGACY | pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 2048                      | sha1, Iteration 2048",
            "MODERN | PBES2, PBKDF2, AES-256-CBC, Iteration 10000, PRF hmacWithSHA256     | sha256, Iteration 10000",
    })
    void opensslReportsTheSameCipherForKeyAndCertificatesAndTheMacOfTheFormat(P12Format format, String cipher, String mac) {
        String info = opensslInfo(format);
        assertTrue(info.contains("MAC: " + mac), info);
        assertTrue(info.contains("PKCS7 Encrypted data: " + cipher), info);
        assertTrue(info.contains("Shrouded Keybag: " + cipher), info);
    }

    @ParameterizedTest
    @EnumSource(P12Format.class)
    void opensslFindsTheNamedLeafThenTheIssuingCaThenTheRoot(P12Format format) {
        String info = opensslInfo(format);
        assertEquals(3, info.split("Certificate bag", -1).length - 1, info);
        assertTrue(info.contains("friendlyName: " + FRIENDLY_NAME), info);
        int leaf = info.indexOf("subject=C = JP, L = Nomi");
        int issuing = info.indexOf("subject=C = JP, O = upki-sim, CN = upki-sim TEST client CA");
        int root = info.indexOf("subject=C = JP, O = upki-sim, CN = upki-sim TEST root CA");
        assertTrue(0 <= leaf && leaf < issuing && issuing < root, info);
    }

    @ParameterizedTest
    @EnumSource(P12Format.class)
    void opensslReadsThePrivateKeyBack(P12Format format) {
        Path key = directory.resolve(format.id() + "-key.pem");
        var export = Openssl.openssl(directory, "pkcs12", "-in", file(format).toString(), "-passin", "pass:" + PASSWORD,
                "-nodes", "-nocerts", "-out", key.toString());
        assertEquals(0, export.exitCode(), export.output());
        var modulus = Openssl.openssl(directory, "rsa", "-in", key.toString(), "-noout", "-modulus");
        String expected = ((RSAPublicKey) keys.getPublic()).getModulus().toString(16).toUpperCase(Locale.ROOT);
        assertEquals("Modulus=" + expected, modulus.output().trim());
    }

    @ParameterizedTest
    @EnumSource(P12Format.class)
    void opensslAlsoReadsTheFileWithTheLegacyProviderLoaded(P12Format format) {
        var result = Openssl.openssl(directory, "pkcs12", "-legacy", "-info", "-nokeys", "-in", file(format).toString(),
                "-passin", "pass:" + PASSWORD);
        assertEquals(0, result.exitCode(), result.output());
    }

    @ParameterizedTest
    @EnumSource(P12Format.class)
    void keytoolListsOneKeyEntryWithTheChainOfThree(P12Format format) {
        var result = Pkcs12Tools.keytool(directory, "-list", "-v", "-storetype", "PKCS12", "-keystore",
                file(format).toString(), "-storepass", PASSWORD);
        assertEquals(0, result.exitCode(), result.output());
        String list = result.output();
        assertTrue(list.contains("Your keystore contains 1 entry"), list);
        assertTrue(list.toLowerCase(Locale.ROOT).contains("alias name: " + FRIENDLY_NAME.toLowerCase(Locale.ROOT)), list);
        assertTrue(list.contains("Entry type: PrivateKeyEntry"), list);
        assertTrue(list.contains("Certificate chain length: 3"), list);
        assertTrue(list.contains("Owner: CN=upki-sim TEST root CA"), list);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "LEGACY | PKCS #12 V2 PBE With SHA-1 And 3KEY Triple DES-CBC",
            "MODERN | PKCS #5 Password Based Encryption v2",
    })
    void pk12utilListsTheCertificatesAndTheShroudedKey(P12Format format, String keyEncryption) {
        var result = Pkcs12Tools.pk12util(directory, "-l", file(format).toString(), "-W", PASSWORD);
        assertEquals(0, result.exitCode(), result.output());
        String list = result.output();
        assertTrue(list.contains("Certificate(has private key):"), list);
        assertEquals(3, list.split("(?m)^Certificate", -1).length - 1, list);
        assertTrue(list.contains("Key(shrouded):\n    Friendly Name: " + FRIENDLY_NAME), list);
        assertTrue(list.contains("Encryption algorithm: " + keyEncryption), list);
        if (format == P12Format.MODERN) {
            assertTrue(list.contains("Cipher: AES-256-CBC"), list);
        }
    }

    @ParameterizedTest(name = "{1} refuses a wrong password for a {0} file")
    @CsvSource({"LEGACY, openssl", "LEGACY, keytool", "LEGACY, pk12util", "MODERN, openssl", "MODERN, keytool", "MODERN, pk12util"})
    void everyToolRefusesAWrongPassword(P12Format format, String tool) {
        String path = file(format).toString();
        var result = switch (tool) {
            case "openssl" -> Openssl.openssl(directory, "pkcs12", "-info", "-nokeys", "-in", path, "-passin", "pass:wrong");
            case "keytool" -> Pkcs12Tools.keytool(directory, "-list", "-storetype", "PKCS12", "-keystore", path,
                    "-storepass", "wrong");
            default -> Pkcs12Tools.pk12util(directory, "-l", path, "-W", "wrong");
        };
        assertNotEquals(0, result.exitCode(), result.output());
        String expected = switch (tool) {
            case "openssl" -> "Mac verify error: invalid password?";
            case "keytool" -> "keystore password was incorrect";
            default -> "SEC_ERROR_BAD_PASSWORD";
        };
        assertTrue(result.output().contains(expected), result.output());
    }

    private static Path file(P12Format format) {
        return directory.resolve("taro-" + format.id() + ".p12");
    }

    private static String opensslInfo(P12Format format) {
        var result = Openssl.openssl(directory, "pkcs12", "-info", "-nokeys", "-in", file(format).toString(),
                "-passin", "pass:" + PASSWORD);
        assertEquals(0, result.exitCode(), result.output());
        return result.output();
    }
}

package dev.upkisim.ca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.core.CertificateProfile;
import dev.upkisim.support.Openssl;
import dev.upkisim.support.TestCa;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** End-entity certificates as the real openssl 3 sees them: chains, purposes, extensions, names and dates. */
class EndEntityCertificatesWithOpensslTest {
    static final String DN = "CN=Taro Yamada,OU=School of Information Science,O=Example University,L=Nomi,C=JP";
    static final String EMAIL = "taro.yamada@example.ac.jp";
    @TempDir
    static Path directory;
    private static CaHierarchy hierarchy;
    private static KeyPair keys;
    private static final Map<CertificateProfile, X509Certificate> ISSUED = new EnumMap<>(CertificateProfile.class);

    @BeforeAll
    static void issueOneCertificatePerProfile() throws IOException {
        hierarchy = TestCa.hierarchy();
        keys = RsaKeys.generate();
        for (CaRole role : CaRole.values()) {
            Files.writeString(directory.resolve(role.id() + ".pem"), Pem.certificate(hierarchy.get(role).certificate()));
        }
        for (CertificateProfile profile : CertificateProfile.values()) {
            if (profile == CertificateProfile.SERVER) {
                continue; // a server certificate needs a CSR's key and DNS names: ServerCertificatesWithOpensslTest
            }
            X509Certificate certificate = issue(profile, new X500Principal(DN));
            ISSUED.put(profile, certificate);
            Files.writeString(leaf(profile), Pem.certificate(certificate));
        }
    }

    @ParameterizedTest(name = "{0} for {1}: {2}")
    @CsvSource({
            "RA_OPERATOR,      sslclient, OK",
            "CLIENT_48_MONTHS, sslclient, OK",
            "CLIENT_13_MONTHS, sslclient, OK",
            "CLIENT_25_MONTHS, sslclient, OK",
            "CLIENT_13_MONTHS, smimesign, refused",
            "SMIME_27_MONTHS,  smimesign, OK",
            "SMIME_13_MONTHS,  smimesign, OK",
            "SMIME_25_MONTHS,  smimesign, OK",
            "SMIME_27_MONTHS,  sslclient, refused",
            "SMIME_25_MONTHS,  sslclient, refused",
    })
    void opensslVerifiesTheChainForThePurposeOfTheProfileOnly(CertificateProfile profile, String purpose, String outcome) {
        String issuing = EndEntityIssuer.issuingCa(profile).id() + ".pem";
        var result = Openssl.openssl(directory, "verify", "-x509_strict", "-CAfile", "root.pem", "-untrusted", issuing,
                "-purpose", purpose, leaf(profile).toString());
        if (outcome.equals("OK")) {
            assertEquals(0, result.exitCode(), result.output());
            assertTrue(result.output().contains(": OK"), result.output());
        } else {
            assertNotEquals(0, result.exitCode(), result.output());
            assertTrue(result.output().contains("unsuitable certificate purpose"), result.output());
        }
    }

    @ParameterizedTest
    @CsvSource({"CLIENT_48_MONTHS, client, TLS Web Client Authentication", "RA_OPERATOR, client, TLS Web Client Authentication",
            "SMIME_27_MONTHS, smime, E-mail Protection"})
    void opensslShowsTheRepositoryUrlsAndTheOnePurpose(CertificateProfile profile, String caId, String purpose) {
        String text = text(profile);
        assertTrue(text.contains("X509v3 CRL Distribution Points"), text);
        assertTrue(text.contains("URI:http://localhost:8080/repo/crl/" + caId + ".crl"), text);
        assertTrue(text.contains("OCSP - URI:http://localhost:8080/repo/ocsp"), text);
        assertTrue(text.contains("CA Issuers - URI:http://localhost:8080/repo/ca/" + caId + ".der"), text);
        assertTrue(text.contains("X509v3 Extended Key Usage: \n                " + purpose + "\n"), text);
        assertTrue(text.contains("X509v3 Basic Constraints: critical\n                CA:FALSE"), text);
        assertTrue(text.contains("X509v3 Key Usage: critical\n                Digital Signature, Key Encipherment"), text);
        assertTrue(text.contains("email:" + EMAIL), text);
    }

    @Test
    void anSmimeCertificateHasNoClientAuthenticationPurpose() {
        assertFalse(text(CertificateProfile.SMIME_13_MONTHS).contains("TLS Web Client Authentication"));
    }

    @Test
    void opensslShowsAClientSubjectInTheTsvOrderAsRfc2253AndFromCountryDownInItsDefaultForm() {
        assertEquals("subject=" + DN, subject(CertificateProfile.CLIENT_13_MONTHS, "RFC2253"));
        assertEquals("subject=C = JP, L = Nomi, O = Example University, OU = School of Information Science, CN = Taro Yamada",
                subject(CertificateProfile.CLIENT_13_MONTHS, "oneline,-esc_msb,sep_comma_plus_space,space_eq"));
    }

    @Test
    void opensslShowsAJapaneseSubjectInUtf8() throws IOException {
        String japanese = "CN=山田 太郎,OU=情報科学系,O=北陸先端科学技術大学院大学,L=Nomi,C=JP";
        Path pem = directory.resolve("japanese.pem");
        Files.writeString(pem, Pem.certificate(issue(CertificateProfile.CLIENT_25_MONTHS, new X500Principal(japanese))));
        var result = Openssl.openssl(directory, "x509", "-in", pem.toString(), "-noout", "-subject", "-nameopt", "RFC2253,-esc_msb");
        assertEquals("subject=" + japanese, result.output().trim());
    }

    @Test
    void opensslShowsAnSmimeSubjectAsTheEmailAddressAlone() {
        assertEquals("subject=CN=" + EMAIL, subject(CertificateProfile.SMIME_25_MONTHS, "RFC2253"));
    }

    @ParameterizedTest
    @EnumSource(value = CertificateProfile.class, names = "SERVER", mode = EnumSource.Mode.EXCLUDE)
    void opensslShowsAValidityOfTheProfilesMonths(CertificateProfile profile) {
        var result = Openssl.openssl(directory, "x509", "-in", leaf(profile).toString(), "-noout",
                "-startdate", "-enddate", "-dateopt", "iso_8601");
        String[] lines = result.output().trim().split("\n");
        Instant notBefore = Instant.parse(lines[0].replace("notBefore=", "").replace(' ', 'T'));
        Instant notAfter = Instant.parse(lines[1].replace("notAfter=", "").replace(' ', 'T'));
        assertEquals(ISSUED.get(profile).getNotBefore().toInstant(), notBefore);
        assertEquals(notBefore.atOffset(ZoneOffset.UTC).plusMonths(profile.validityMonths()).toInstant(), notAfter);
    }

    @Test
    void opensslShowsTheSerialThatWasIssued() {
        var result = Openssl.openssl(directory, "x509", "-in", leaf(CertificateProfile.CLIENT_48_MONTHS).toString(),
                "-noout", "-serial");
        String hex = result.output().trim().replace("serial=", "");
        assertEquals(ISSUED.get(CertificateProfile.CLIENT_48_MONTHS).getSerialNumber(), new BigInteger(hex, 16));
    }

    private static X509Certificate issue(CertificateProfile profile, X500Principal subject) {
        return EndEntityIssuer.issue(hierarchy, new EndEntityRequest(profile, subject, EMAIL, keys.getPublic(),
                Serials.random128(), Instant.now(), URI.create("http://localhost:8080/")));
    }

    private static Path leaf(CertificateProfile profile) {
        return directory.resolve("leaf-" + profile.id() + ".pem");
    }

    private static String text(CertificateProfile profile) {
        return Openssl.openssl(directory, "x509", "-in", leaf(profile).toString(), "-noout", "-text").output();
    }

    private static String subject(CertificateProfile profile, String nameopt) {
        return Openssl.openssl(directory, "x509", "-in", leaf(profile).toString(), "-noout", "-subject",
                "-nameopt", nameopt).output().trim();
    }
}

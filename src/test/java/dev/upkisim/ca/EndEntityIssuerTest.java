package dev.upkisim.ca;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.core.CertificateProfile;
import dev.upkisim.support.TestCa;
import java.math.BigInteger;
import java.net.URI;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class EndEntityIssuerTest {
    static final String DN = "CN=Taro Yamada, OU=School of Information Science, O=Example University, L=Nomi, C=JP";
    static final String EMAIL = "taro.yamada@example.ac.jp";
    static final URI BASE = URI.create("http://localhost:8080");
    private static CaHierarchy hierarchy;
    private static KeyPair keys;
    private static Instant now;

    @BeforeAll
    static void makeHierarchy() {
        hierarchy = TestCa.hierarchy();
        keys = RsaKeys.generate();
        now = Instant.now();
    }

    @ParameterizedTest
    @CsvSource({"RA_OPERATOR, client", "CLIENT_48_MONTHS, client", "CLIENT_13_MONTHS, client", "CLIENT_25_MONTHS, client",
            "SMIME_27_MONTHS, smime", "SMIME_13_MONTHS, smime", "SMIME_25_MONTHS, smime"})
    void eachProfileIsSignedByTheCaOfItsKind(CertificateProfile profile, String caId) throws Exception {
        Authority ca = hierarchy.get(CaRole.fromId(caId));
        X509Certificate certificate = issue(profile, EMAIL);
        assertEquals(ca.role(), EndEntityIssuer.issuingCa(profile));
        assertEquals(ca.certificate().getSubjectX500Principal(), certificate.getIssuerX500Principal());
        certificate.verify(ca.certificate().getPublicKey());
        assertEquals(keys.getPublic(), certificate.getPublicKey());
    }

    @ParameterizedTest
    @EnumSource(value = CertificateProfile.class, names = "SERVER", mode = EnumSource.Mode.EXCLUDE)
    void eachProfileIsValidForItsCalendarMonthsFromTheRequestedStart(CertificateProfile profile) {
        X509Certificate certificate = issue(profile, EMAIL);
        Instant notBefore = certificate.getNotBefore().toInstant();
        assertEquals(now.getEpochSecond(), notBefore.getEpochSecond());
        assertEquals(notBefore.atOffset(ZoneOffset.UTC).plusMonths(profile.validityMonths()).toInstant(),
                certificate.getNotAfter().toInstant());
    }

    @ParameterizedTest
    @EnumSource(value = CertificateProfile.class, names = "SERVER", mode = EnumSource.Mode.EXCLUDE)
    void everyCertificateIsACriticallyConstrainedEndEntityForSigningAndKeyTransport(CertificateProfile profile) {
        X509Certificate certificate = issue(profile, EMAIL);
        assertEquals(-1, certificate.getBasicConstraints());
        assertEquals(Set.of(Extension.basicConstraints.getId(), Extension.keyUsage.getId()),
                certificate.getCriticalExtensionOIDs(), "these two, and nothing else, are critical");
        // digitalSignature (0) and keyEncipherment (2) only
        assertArrayEquals(new boolean[] {true, false, true, false, false, false, false, false, false},
                certificate.getKeyUsage());
    }

    @ParameterizedTest
    @EnumSource(value = CertificateProfile.class, names = "SERVER", mode = EnumSource.Mode.EXCLUDE)
    void everyCertificatePointsAtItsCasCrlTheOcspResponderAndItsCasCertificate(CertificateProfile profile) throws Exception {
        X509Certificate certificate = issue(profile, EMAIL);
        String caId = EndEntityIssuer.issuingCa(profile).id();
        Extensions extensions = new JcaX509CertificateHolder(certificate).getExtensions();

        var points = CRLDistPoint.fromExtensions(extensions).getDistributionPoints();
        assertEquals(1, points.length);
        GeneralName[] crl = GeneralNames.getInstance(points[0].getDistributionPoint().getName()).getNames();
        assertEquals(List.of("http://localhost:8080/repo/crl/" + caId + ".crl"), uris(crl));

        AccessDescription[] access = AuthorityInformationAccess.fromExtensions(extensions).getAccessDescriptions();
        assertEquals(2, access.length);
        assertEquals(AccessDescription.id_ad_ocsp, access[0].getAccessMethod());
        assertEquals(List.of("http://localhost:8080/repo/ocsp"), uris(access[0].getAccessLocation()));
        assertEquals(AccessDescription.id_ad_caIssuers, access[1].getAccessMethod());
        assertEquals(List.of("http://localhost:8080/repo/ca/" + caId + ".der"), uris(access[1].getAccessLocation()));
    }

    @ParameterizedTest
    @EnumSource(value = CertificateProfile.class, names = "SERVER", mode = EnumSource.Mode.EXCLUDE)
    void everyCertificateCarriesItsSubjectAndAuthorityKeyIdentifiers(CertificateProfile profile) {
        X509Certificate certificate = issue(profile, EMAIL);
        assertTrue(certificate.getNonCriticalExtensionOIDs().containsAll(
                List.of(Extension.subjectKeyIdentifier.getId(), Extension.authorityKeyIdentifier.getId())));
    }

    @ParameterizedTest
    @EnumSource(value = CertificateProfile.class, names = "SERVER", mode = EnumSource.Mode.EXCLUDE)
    void everyCertificateKeepsTheRequestedSerial(CertificateProfile profile) {
        BigInteger serial = Serials.random128();
        X509Certificate certificate = EndEntityIssuer.issue(hierarchy,
                new EndEntityRequest(profile, new X500Principal(DN), EMAIL, keys.getPublic(), serial, now, BASE));
        assertEquals(serial, certificate.getSerialNumber());
    }

    @ParameterizedTest
    @CsvSource({"RA_OPERATOR, clientAuth", "CLIENT_48_MONTHS, clientAuth", "CLIENT_13_MONTHS, clientAuth",
            "CLIENT_25_MONTHS, clientAuth", "SMIME_27_MONTHS, emailProtection", "SMIME_13_MONTHS, emailProtection",
            "SMIME_25_MONTHS, emailProtection"})
    void eachKindIsLimitedToOnePurpose(CertificateProfile profile, String purpose) throws Exception {
        KeyPurposeId expected = purpose.equals("clientAuth") ? KeyPurposeId.id_kp_clientAuth : KeyPurposeId.id_kp_emailProtection;
        assertEquals(List.of(expected.getId()), issue(profile, EMAIL).getExtendedKeyUsage());
    }

    @ParameterizedTest
    @ValueSource(strings = {DN, "CN=山田 太郎,OU=情報科学系,O=北陸先端科学技術大学院大学,L=Nomi,C=JP",
            "CN=Hanako Sato, O=Example University, C=JP", "C=JP, O=Example University, CN=Written Backwards"})
    void aClientCertificateCarriesTheSubjectExactlyAsGivenRdnOrderIncluded(String dn) {
        X500Principal subject = new X500Principal(dn);
        X509Certificate certificate = issue(CertificateProfile.CLIENT_13_MONTHS, subject, null);
        assertArrayEquals(subject.getEncoded(), certificate.getSubjectX500Principal().getEncoded());
        assertEquals(dn.replace(", ", ","), certificate.getSubjectX500Principal().getName(X500Principal.RFC2253));
    }

    @ParameterizedTest
    @EnumSource(value = CertificateProfile.class, names = {"RA_OPERATOR", "CLIENT_48_MONTHS"})
    void aClientCertificateNamesTheEmailAsRfc822NameOnlyWhenOneIsGiven(CertificateProfile profile) throws Exception {
        assertEquals(List.of(List.of(GeneralName.rfc822Name, EMAIL)),
                List.copyOf(issue(profile, EMAIL).getSubjectAlternativeNames()));
        assertNull(issue(profile, null).getSubjectAlternativeNames());
    }

    @ParameterizedTest
    @EnumSource(value = CertificateProfile.class, names = "SMIME_.*", mode = EnumSource.Mode.MATCH_ALL)
    void anSmimeCertificateIsNamedByTheEmailAddressAlone(CertificateProfile profile) throws Exception {
        X509Certificate certificate = issue(profile, EMAIL);
        assertEquals("CN=" + EMAIL, certificate.getSubjectX500Principal().getName(X500Principal.RFC2253));
        assertEquals(List.of(List.of(GeneralName.rfc822Name, EMAIL)), List.copyOf(certificate.getSubjectAlternativeNames()));
    }

    @Test
    void anSmimeRequestWithoutEmailIsRefused() {
        var error = assertThrows(IllegalArgumentException.class, () -> issue(CertificateProfile.SMIME_27_MONTHS, null));
        assertTrue(error.getMessage().contains("needs an e-mail address"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"taro", "taro@localhost", "taro yamada@example.ac.jp", "山田@example.ac.jp", "taro@@example.ac.jp",
            "a-very-long-local-part-that-makes-the-address-too-long@example.ac.jp"})
    void anSmimeRequestWithAnAddressNoCommonNameCanHoldIsRefused(String email) {
        assertThrows(IllegalArgumentException.class, () -> issue(CertificateProfile.SMIME_13_MONTHS, email));
    }

    @Test
    void aBadAddressIsRefusedForClientCertificatesToo() {
        assertThrows(IllegalArgumentException.class, () -> issue(CertificateProfile.CLIENT_13_MONTHS, "taro at example"));
    }

    @ParameterizedTest
    @EnumSource(value = CertificateProfile.class, names = {"RA_OPERATOR", "CLIENT_25_MONTHS"})
    void aClientRequestWithoutSubjectIsRefused(CertificateProfile profile) {
        assertThrows(IllegalArgumentException.class, () -> issue(profile, null, EMAIL));
        assertThrows(IllegalArgumentException.class, () -> issue(profile, new X500Principal(""), EMAIL));
    }

    @Test
    void aCertificateThatWouldOutliveItsCaIsRefused() {
        Instant caEnd = hierarchy.get(CaRole.CLIENT).certificate().getNotAfter().toInstant();
        var error = assertThrows(IllegalArgumentException.class, () -> EndEntityIssuer.issue(hierarchy, new EndEntityRequest(
                CertificateProfile.CLIENT_13_MONTHS, new X500Principal(DN), EMAIL, keys.getPublic(), Serials.random128(),
                caEnd.minus(Duration.ofDays(30)), BASE)));
        assertTrue(error.getMessage().contains("cannot issue"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "1461501637330902918203684832716283019655932542976"})
    void aSerialThatIsNotPositiveOrLongerThanTwentyOctetsIsRefused(String serial) {
        assertThrows(IllegalArgumentException.class, () -> new EndEntityRequest(CertificateProfile.CLIENT_13_MONTHS,
                new X500Principal(DN), EMAIL, keys.getPublic(), new BigInteger(serial), now, BASE));
    }

    static X509Certificate issue(CertificateProfile profile, String email) {
        return issue(profile, new X500Principal(DN), email);
    }

    static X509Certificate issue(CertificateProfile profile, X500Principal subject, String email) {
        return EndEntityIssuer.issue(hierarchy,
                new EndEntityRequest(profile, subject, email, keys.getPublic(), Serials.random128(), now, BASE));
    }

    private static List<String> uris(GeneralName... names) {
        return Arrays.stream(names).peek(name -> assertEquals(GeneralName.uniformResourceIdentifier, name.getTagNo()))
                .map(name -> name.getName().toString()).toList();
    }
}

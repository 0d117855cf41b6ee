package dev.upkisim.ca;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.support.Openssl;
import dev.upkisim.support.TestCa;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaHierarchyGeneratorTest {
    private static CaHierarchy hierarchy;

    @BeforeAll
    static void generate() {
        hierarchy = TestCa.hierarchy();
    }

    @Test
    void theRootIsASelfSignedCaWithoutPathLengthLimit() throws Exception {
        X509Certificate root = hierarchy.root().certificate();
        assertEquals(root.getSubjectX500Principal(), root.getIssuerX500Principal());
        root.verify(root.getPublicKey());
        assertEquals(Integer.MAX_VALUE, root.getBasicConstraints());
        assertTrue(root.getCriticalExtensionOIDs().contains(Extension.basicConstraints.getId()));
        assertTrue(root.getCriticalExtensionOIDs().contains(Extension.keyUsage.getId()));
        // keyCertSign (5) and cRLSign (6) only
        assertArrayEquals(new boolean[] {false, false, false, false, false, true, true, false, false},
                root.getKeyUsage());
        assertNull(root.getExtendedKeyUsage());
    }

    @ParameterizedTest
    @EnumSource(value = CaRole.class, names = {"CLIENT", "SMIME", "SERVER"})
    void eachIssuingCaIsSignedByTheRootWithPathLengthZero(CaRole role) throws Exception {
        X509Certificate certificate = hierarchy.get(role).certificate();
        certificate.verify(hierarchy.root().certificate().getPublicKey());
        assertEquals(hierarchy.root().certificate().getSubjectX500Principal(), certificate.getIssuerX500Principal());
        assertEquals(0, certificate.getBasicConstraints());
        assertTrue(certificate.getCriticalExtensionOIDs().contains(Extension.basicConstraints.getId()));
        // digitalSignature (0), keyCertSign (5), cRLSign (6)
        assertArrayEquals(new boolean[] {true, false, false, false, false, true, true, false, false},
                certificate.getKeyUsage());
    }

    @Test
    void issuingCasAreRestrictedToWhatTheyIssue() throws CertificateParsingException {
        assertEquals(List.of(KeyPurposeId.id_kp_clientAuth.getId(), KeyPurposeId.id_kp_emailProtection.getId()),
                hierarchy.get(CaRole.CLIENT).certificate().getExtendedKeyUsage());
        assertEquals(List.of(KeyPurposeId.id_kp_emailProtection.getId()),
                hierarchy.get(CaRole.SMIME).certificate().getExtendedKeyUsage());
        assertEquals(List.of(KeyPurposeId.id_kp_serverAuth.getId(), KeyPurposeId.id_kp_clientAuth.getId()),
                hierarchy.get(CaRole.SERVER).certificate().getExtendedKeyUsage());
    }

    @ParameterizedTest
    @EnumSource(CaRole.class)
    void authorityKeyIdentifiersPointAtTheRootsSubjectKeyIdentifier(CaRole role) {
        byte[] rootKeyId = subjectKeyId(hierarchy.root().certificate());
        X509Certificate certificate = hierarchy.get(role).certificate();
        assertNotNull(subjectKeyId(certificate));
        byte[] authorityKeyId = certificate.getExtensionValue(Extension.authorityKeyIdentifier.getId());
        if (role == CaRole.ROOT) {
            assertNull(authorityKeyId, "a self-signed root may omit AKI (RFC 5280 4.2.1.1)");
        } else {
            assertArrayEquals(rootKeyId, AuthorityKeyIdentifier.getInstance(
                    ASN1OctetString.getInstance(authorityKeyId).getOctets()).getKeyIdentifierOctets());
        }
    }

    @Test
    void realOpensslVerifiesEveryIssuingCaAgainstTheRoot(@TempDir Path directory) throws IOException {
        Path root = directory.resolve("root.pem");
        Files.writeString(root, Pem.certificate(hierarchy.root().certificate()));
        for (CaRole role : List.of(CaRole.CLIENT, CaRole.SMIME, CaRole.SERVER)) {
            Path issuing = directory.resolve(role.id() + ".pem");
            Files.writeString(issuing, Pem.certificate(hierarchy.get(role).certificate()));
            var result = Openssl.openssl(directory, "verify", "-x509_strict", "-CAfile", root.toString(), issuing.toString());
            assertEquals(0, result.exitCode(), result.output());
            assertTrue(result.output().contains(": OK"), result.output());
        }
    }

    @Test
    void realOpensslShowsTheExtensionsOfEachRole(@TempDir Path directory) throws IOException {
        Path server = directory.resolve("server.pem");
        Files.writeString(server, Pem.certificate(hierarchy.get(CaRole.SERVER).certificate()));
        String text = Openssl.openssl(directory, "x509", "-in", server.toString(), "-noout", "-text").output();
        assertTrue(text.contains("CA:TRUE, pathlen:0"), text);
        assertTrue(text.contains("Certificate Sign, CRL Sign"), text);
        assertTrue(text.contains("TLS Web Server Authentication, TLS Web Client Authentication"), text);
        assertTrue(text.contains("X509v3 Subject Key Identifier"), text);
        assertTrue(text.contains("X509v3 Authority Key Identifier"), text);
    }

    @Test
    void theVerifierAcceptsTheGeneratedHierarchyAndRefusesAForeignKey() {
        HierarchyVerifier.verify(hierarchy);
        Authority client = hierarchy.get(CaRole.CLIENT);
        Authority swapped = new Authority(CaRole.CLIENT, client.certificate(), hierarchy.get(CaRole.SMIME).privateKey());
        List<Authority> damaged = hierarchy.all().stream().map(a -> a.role() == CaRole.CLIENT ? swapped : a).toList();
        IllegalStateException error = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> HierarchyVerifier.verify(new CaHierarchy(damaged)));
        assertTrue(error.getMessage().contains("client CA private key does not belong"), error.getMessage());
    }

    @Test
    void serialsArePositiveAndDistinct() {
        assertEquals(hierarchy.all().size(), hierarchy.all().stream()
                .map(a -> a.certificate().getSerialNumber()).peek(serial -> assertEquals(1, serial.signum()))
                .distinct().count());
        assertFalse(hierarchy.all().isEmpty());
    }

    private static byte[] subjectKeyId(X509Certificate certificate) {
        byte[] value = certificate.getExtensionValue(Extension.subjectKeyIdentifier.getId());
        return SubjectKeyIdentifier.getInstance(ASN1OctetString.getInstance(value).getOctets()).getKeyIdentifier();
    }
}

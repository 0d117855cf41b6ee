package dev.upkisim.ca;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.core.CertificateProfile;
import dev.upkisim.support.TestCa;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The PKCS#12 writer as the JDK's own PKCS12 key store reads its files, and the inputs it refuses. */
class P12WriterTest {
    static final char[] PASSWORD = "Xk7pQ2mv".toCharArray();
    private static CaHierarchy hierarchy;
    private static KeyPair keys;
    private static X509Certificate leaf;
    private static List<X509Certificate> chain;

    @BeforeAll
    static void issueAClientCertificate() {
        hierarchy = TestCa.hierarchy();
        keys = RsaKeys.generate();
        leaf = EndEntityIssuer.issue(hierarchy, new EndEntityRequest(CertificateProfile.CLIENT_13_MONTHS,
                new X500Principal("CN=Taro Yamada,OU=School of Information Science,O=Example University,L=Nomi,C=JP"),
                "taro.yamada@example.ac.jp", keys.getPublic(), Serials.random128(), Instant.now(),
                URI.create("http://localhost:8080")));
        chain = List.of(hierarchy.get(CaRole.CLIENT).certificate(), hierarchy.root().certificate());
    }

    @ParameterizedTest
    @EnumSource(P12Format.class)
    void theJdkReadsBackTheKeyAndTheChainFromLeafToRoot(P12Format format) throws Exception {
        KeyStore store = load(P12Writer.write(keys.getPrivate(), leaf, chain, "Taro Yamada", PASSWORD, format), PASSWORD);
        List<String> aliases = Collections.list(store.aliases());
        assertEquals(1, aliases.size(), aliases.toString());
        String alias = aliases.get(0);
        assertTrue(alias.equalsIgnoreCase("Taro Yamada"), alias);
        assertTrue(store.isKeyEntry(alias));
        assertArrayEquals(keys.getPrivate().getEncoded(), store.getKey(alias, PASSWORD).getEncoded());
        assertEquals(List.of(leaf, chain.get(0), chain.get(1)), List.of(store.getCertificateChain(alias)));
    }

    @ParameterizedTest
    @EnumSource(P12Format.class)
    void theJdkRefusesTheWrongPassword(P12Format format) {
        byte[] p12 = P12Writer.write(keys.getPrivate(), leaf, chain, "Taro Yamada", PASSWORD, format);
        assertThrows(IOException.class, () -> load(p12, "wrong".toCharArray()));
    }

    @ParameterizedTest
    @EnumSource(P12Format.class)
    void aJapaneseFriendlyNameSurvives(P12Format format) throws Exception {
        KeyStore store = load(P12Writer.write(keys.getPrivate(), leaf, chain, "山田 太郎 (UPKI)", PASSWORD, format), PASSWORD);
        assertEquals(List.of("山田 太郎 (upki)"), Collections.list(store.aliases()).stream()
                .map(alias -> alias.toLowerCase(java.util.Locale.ROOT)).toList());
    }

    @ParameterizedTest
    @EnumSource(P12Format.class)
    void eachFileGetsFreshSaltsSoNoTwoAreAlike(P12Format format) {
        assertFalse(java.util.Arrays.equals(
                P12Writer.write(keys.getPrivate(), leaf, chain, "Taro Yamada", PASSWORD, format),
                P12Writer.write(keys.getPrivate(), leaf, chain, "Taro Yamada", PASSWORD, format)));
    }

    @Test
    void aKeyThatDoesNotBelongToTheCertificateIsRefused() {
        var error = assertThrows(IllegalArgumentException.class, () -> P12Writer.write(
                hierarchy.root().privateKey(), leaf, chain, "Taro Yamada", PASSWORD, P12Format.LEGACY));
        assertTrue(error.getMessage().contains("does not belong"), error.getMessage());
    }

    @Test
    void aChainThatDoesNotLinkUpIsRefused() {
        List<X509Certificate> upsideDown = List.of(hierarchy.root().certificate(), hierarchy.get(CaRole.CLIENT).certificate());
        List<X509Certificate> otherCa = List.of(hierarchy.get(CaRole.SMIME).certificate(), hierarchy.root().certificate());
        for (List<X509Certificate> wrong : List.of(upsideDown, otherCa)) {
            var error = assertThrows(IllegalArgumentException.class, () -> P12Writer.write(
                    keys.getPrivate(), leaf, wrong, "Taro Yamada", PASSWORD, P12Format.MODERN));
            assertTrue(error.getMessage().contains("does not link up"), error.getMessage());
        }
    }

    @Test
    void formatsAreNamedLegacyAndModernInSettingsAndRequests() {
        assertEquals(P12Format.LEGACY, P12Format.fromId("legacy"));
        assertEquals(P12Format.MODERN, P12Format.fromId("modern"));
        assertEquals("legacy", P12Format.LEGACY.id());
        var error = assertThrows(IllegalArgumentException.class, () -> P12Format.fromId("aes"));
        assertTrue(error.getMessage().contains("legacy, modern"), error.getMessage());
    }

    static KeyStore load(byte[] p12, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(p12), password);
        return store;
    }
}

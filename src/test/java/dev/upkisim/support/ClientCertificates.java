package dev.upkisim.support;

import dev.upkisim.ca.Authority;
import dev.upkisim.ca.CertificateSigner;
import dev.upkisim.ca.RsaKeys;
import dev.upkisim.ca.Serials;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;

/** A client certificate made for a test, from any CA, as a key store a TLS client can present. */
public final class ClientCertificates {
    public static final char[] PASSWORD = "test".toCharArray();

    private ClientCertificates() {
    }

    public record Issued(X509Certificate certificate, KeyPair keys, KeyStore keyStore) {
    }

    public static Issued issue(Authority issuer, String subject) {
        KeyPair keys = RsaKeys.generate();
        Instant now = Instant.now();
        X509Certificate certificate = CertificateSigner.issuedBy(issuer, new X500Principal(subject), keys.getPublic(),
                        Serials.random128(), now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(30)))
                .extension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth))
                .sign();
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("client", keys.getPrivate(), PASSWORD, new Certificate[] {certificate, issuer.certificate()});
            return new Issued(certificate, keys, store);
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

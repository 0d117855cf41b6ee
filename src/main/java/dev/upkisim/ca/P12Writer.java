package dev.upkisim.ca;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;

/**
 * Writes the PKCS#12 file (RFC 7292) a user downloads at STEP3 (SPEC 1.3), in a {@link P12Format}.
 *
 * <p>Layout, as openssl writes it: an encrypted-data safe with the certificate bags (the leaf, then the chain:
 * issuing CA, root), then a plain data safe with the shrouded key bag; a password MAC over both. The key bag
 * and the leaf's certificate bag carry the same friendlyName (the name Keychain, Windows and keytool show)
 * and localKeyId (the leaf's SHA-1 fingerprint, as openssl sets it), which pair key and certificate. The
 * chain goes in so that importing the client certificate also imports the root (seed FAQ: 「ルート証明書として
 * … も同時にインポートされます」; SPEC 1.9).
 */
public final class P12Writer {
    private P12Writer() {
    }

    /**
     * @param chain the issuing CA's certificate, then the root
     * @throws IllegalArgumentException when the key does not belong to the leaf or the chain does not link up
     */
    public static byte[] write(PrivateKey key, X509Certificate leaf, List<X509Certificate> chain, String friendlyName,
                               char[] password, P12Format format) {
        Objects.requireNonNull(friendlyName, "friendlyName");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(format, "format");
        requireKeyOf(key, leaf);
        requireLinked(leaf, chain);
        try {
            DERBMPString name = new DERBMPString(friendlyName);
            DEROctetString localKeyId = new DEROctetString(sha1(leaf));

            List<PKCS12SafeBag> certificates = new ArrayList<>();
            certificates.add(new JcaPKCS12SafeBagBuilder(leaf)
                    .addBagAttribute(PKCS12SafeBag.friendlyNameAttribute, name)
                    .addBagAttribute(PKCS12SafeBag.localKeyIdAttribute, localKeyId)
                    .build());
            for (X509Certificate ca : chain) {
                certificates.add(new JcaPKCS12SafeBagBuilder(ca).build());
            }
            PKCS12SafeBagBuilder keyBag = new JcaPKCS12SafeBagBuilder(key, format.encryptor(password))
                    .addBagAttribute(PKCS12SafeBag.friendlyNameAttribute, name)
                    .addBagAttribute(PKCS12SafeBag.localKeyIdAttribute, localKeyId);

            return new PKCS12PfxPduBuilder()
                    .addEncryptedData(format.encryptor(password), certificates.toArray(PKCS12SafeBag[]::new))
                    .addData(keyBag.build())
                    .build(format.mac(), password)
                    .getEncoded(ASN1Encoding.DER);
        } catch (IOException | PKCSException e) {
            throw new IllegalStateException("cannot write the " + format.id() + " PKCS#12 file", e);
        }
    }

    private static void requireKeyOf(PrivateKey key, X509Certificate leaf) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(leaf, "leaf");
        if (key instanceof RSAPrivateCrtKey rsa && leaf.getPublicKey() instanceof RSAPublicKey certified
                && !(rsa.getModulus().equals(certified.getModulus())
                && rsa.getPublicExponent().equals(certified.getPublicExponent()))) {
            throw new IllegalArgumentException("the private key does not belong to the certificate "
                    + leaf.getSubjectX500Principal().getName());
        }
    }

    private static void requireLinked(X509Certificate leaf, List<X509Certificate> chain) {
        Objects.requireNonNull(chain, "chain");
        X509Certificate child = leaf;
        for (X509Certificate parent : chain) {
            if (!child.getIssuerX500Principal().equals(parent.getSubjectX500Principal())) {
                throw new IllegalArgumentException("the chain does not link up: " + child.getSubjectX500Principal().getName()
                        + " is issued by " + child.getIssuerX500Principal().getName() + ", not by "
                        + parent.getSubjectX500Principal().getName() + " (give the issuing CA, then the root)");
            }
            child = parent;
        }
    }

    private static byte[] sha1(X509Certificate certificate) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(Der.encoded(certificate));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is needed for the localKeyId", e);
        }
    }
}

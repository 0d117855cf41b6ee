package dev.upkisim.doctor;

import dev.upkisim.ca.Der;
import dev.upkisim.ca.Fingerprints;
import dev.upkisim.core.LocalizedText;
import dev.upkisim.doctor.P12Report.Status;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * What the bags of one file held, gathered while {@link P12Inspector} walks them, and the report made from it:
 * which certificate is the leaf (the one sharing the key's localKeyId, else the one the key signs for), whether
 * the key matches it, and the chain from it through the file's certificates to a root.
 */
final class Contents {
    final List<Protection> protections = new ArrayList<>();
    private final List<X509Certificate> certificates = new ArrayList<>();
    private final List<String> certificateKeyIds = new ArrayList<>();
    private PrivateKey key;
    private String keyId;

    void key(PrivateKeyInfo info, String localKeyId) {
        try {
            String algorithm = info.getPrivateKeyAlgorithm().getAlgorithm().equals(PKCSObjectIdentifiers.rsaEncryption) ? "RSA"
                    : info.getPrivateKeyAlgorithm().getAlgorithm().equals(X9ObjectIdentifiers.id_ecPublicKey) ? "EC" : null;
            if (algorithm != null && key == null) {
                key = KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(info.getEncoded()));
                keyId = localKeyId;
            }
        } catch (GeneralSecurityException | IOException e) {
            // an unreadable key is reported as absent
        }
    }

    void certificate(X509CertificateHolder holder, String localKeyId) {
        try {
            certificates.add(Der.certificate(holder.getEncoded()));
            certificateKeyIds.add(localKeyId);
        } catch (GeneralSecurityException | IOException e) {
            // an unreadable certificate is left out
        }
    }

    static P12Report read(Contents contents, MacInfo mac, List<SafeInfo> safes, List<ImportVerdict> verdicts) {
        int leaf = contents.leaf();
        KeyInfo key = contents.key == null ? null : new KeyInfo(contents.key.getAlgorithm(), size(contents.key),
                leaf >= 0 && signsFor(contents.key, contents.certificates.get(leaf)));
        ChainInfo chain = leaf < 0 ? null : Chains.from(contents.certificates, leaf);
        List<CertificateInfo> infos = contents.certificates.stream().map(Contents::info).toList();
        String en = "Read with the password: " + (key == null ? "no private key" : "one " + key.algorithm() + " private key")
                + ", " + infos.size() + " certificate(s).";
        String ja = "パスワードで読み込めました: " + (key == null ? "秘密鍵なし" : key.algorithm() + " の秘密鍵")
                + "、証明書 " + infos.size() + " 枚。";
        return new P12Report(Status.READ, new LocalizedText(ja, en), mac, safes, key, infos, chain, verdicts);
    }

    private int leaf() {
        if (keyId != null && certificateKeyIds.contains(keyId)) {
            return certificateKeyIds.indexOf(keyId);
        }
        for (int i = 0; i < certificates.size(); i++) {
            if (key != null && signsFor(key, certificates.get(i))) {
                return i;
            }
        }
        for (int i = 0; i < certificates.size(); i++) {
            if (certificates.get(i).getBasicConstraints() < 0) {
                return i;
            }
        }
        return certificates.isEmpty() ? -1 : 0;
    }

    private static boolean signsFor(PrivateKey key, X509Certificate certificate) {
        String algorithm = key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256with" + key.getAlgorithm();
        try {
            byte[] challenge = "upki-sim P12 doctor".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(challenge);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(challenge);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static String size(PrivateKey key) {
        if (key instanceof RSAPrivateKey rsa) {
            return rsa.getModulus().bitLength() + " bits";
        }
        if (key instanceof ECPrivateKey ec) {
            return ec.getParams().getCurve().getField().getFieldSize() + "-bit curve";
        }
        return "?";
    }

    private static CertificateInfo info(X509Certificate certificate) {
        return new CertificateInfo(certificate.getSubjectX500Principal().getName(), certificate.getIssuerX500Principal().getName(),
                certificate.getSerialNumber().toString(), certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(), Fingerprints.sha1(certificate), Fingerprints.sha256(certificate),
                Chains.selfSigned(certificate), certificate.getBasicConstraints() >= 0);
    }
}

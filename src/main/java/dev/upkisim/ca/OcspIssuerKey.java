package dev.upkisim.ca;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * The issuer half of an OCSP CertID (RFC 6960 4.1.1): the hash algorithm, the hash of the issuer's DER name
 * and the hash of its public key's BIT STRING value. Precomputed for SHA-1 (what most clients send) and
 * SHA-256, so finding the CA of a request is one map lookup.
 */
public record OcspIssuerKey(String algorithm, String nameHash, String keyHash) {

    public static OcspIssuerKey of(ASN1ObjectIdentifier algorithm, byte[] nameHash, byte[] keyHash) {
        return new OcspIssuerKey(algorithm.getId(), HexFormat.of().formatHex(nameHash), HexFormat.of().formatHex(keyHash));
    }

    /** The CertID issuer keys of this CA certificate, SHA-1 and SHA-256. */
    public static OcspIssuerKey[] forIssuer(X509Certificate issuer) {
        byte[] name = issuer.getSubjectX500Principal().getEncoded();
        byte[] key = SubjectPublicKeyInfo.getInstance(issuer.getPublicKey().getEncoded()).getPublicKeyData().getBytes();
        return new OcspIssuerKey[] {
            of(OIWObjectIdentifiers.idSHA1, digest("SHA-1", name), digest("SHA-1", key)),
            of(NISTObjectIdentifiers.id_sha256, digest("SHA-256", name), digest("SHA-256", key))
        };
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing", e);
        }
    }
}

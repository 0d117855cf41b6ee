package dev.upkisim.ca;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * Which public keys a server certificate may certify (SPEC 1.2 "Server certificates: RSA 2048", SPEC 1.8
 * "RSA 2048 / ECDSA keys per profile"):
 *
 * <ul>
 *   <li>RSA with a modulus of exactly 2048, 3072 or 4096 bits — the sizes of CA/Browser Forum BR 6.1.5
 *       (at least 2048, divisible by 8) and of Mozilla Root Store Policy 5.1 that tools generate. NII's CP asks
 *       for RSA 2048 (「RSA2048ビットとする」); larger RSA keys are accepted here because every browser takes
 *       them and refusing a 3072-bit key would only annoy a tester.</li>
 *   <li>ECDSA on P-256 or P-384 (Mozilla Root Store Policy 5.1; BR 6.1.5) — our choice for the simulator: certbot
 *       (since 2.0) and lego make ECDSA P-256 keys by default, and SPEC 1.8 wants both to work. Real UPKI's
 *       TSV issuance may accept RSA only; the ECDSA certificates here are signed by the simulated RSA server
 *       CA, since the optional ECC chain of SPEC 1.1 is not modelled.</li>
 * </ul>
 * Anything else (RSA 1024, P-521, Ed25519, DSA…) is refused with a description of what was found.
 */
public final class ServerKeyPolicy {
    private static final Map<ASN1ObjectIdentifier, String> ALLOWED_CURVES = Map.of(
            SECObjectIdentifiers.secp256r1, "P-256",
            SECObjectIdentifiers.secp384r1, "P-384");

    private ServerKeyPolicy() {
    }

    /** True when the key is one of the allowed kinds and sizes. */
    public static boolean allowed(SubjectPublicKeyInfo key) {
        ASN1ObjectIdentifier algorithm = key.getAlgorithm().getAlgorithm();
        if (algorithm.equals(PKCSObjectIdentifiers.rsaEncryption)) {
            int bits = rsaBits(key);
            return bits == 2048 || bits == 3072 || bits == 4096;
        }
        return algorithm.equals(X9ObjectIdentifiers.id_ecPublicKey) && curve(key).map(ALLOWED_CURVES::containsKey).orElse(false);
    }

    /** What the key is, for messages: {@code RSA 2048}, {@code ECDSA P-256}, {@code RSA 1024}, {@code EC secp521r1}… */
    public static String describe(SubjectPublicKeyInfo key) {
        ASN1ObjectIdentifier algorithm = key.getAlgorithm().getAlgorithm();
        if (algorithm.equals(PKCSObjectIdentifiers.rsaEncryption)) {
            int bits = rsaBits(key);
            return bits < 0 ? "RSA" : "RSA " + bits;
        }
        if (algorithm.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
            return curve(key).map(oid -> ALLOWED_CURVES.containsKey(oid) ? "ECDSA " + ALLOWED_CURVES.get(oid)
                    : "EC " + Optional.ofNullable(ECNamedCurveTable.getName(oid)).orElse(oid.getId())).orElse("EC");
        }
        if (algorithm.getId().equals("1.3.101.112")) {
            return "Ed25519";
        }
        if (algorithm.equals(X9ObjectIdentifiers.id_dsa)) {
            return "DSA";
        }
        return algorithm.getId();
    }

    private static int rsaBits(SubjectPublicKeyInfo key) {
        try {
            return RSAPublicKey.getInstance(key.parsePublicKey()).getModulus().bitLength();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static Optional<ASN1ObjectIdentifier> curve(SubjectPublicKeyInfo key) {
        return key.getAlgorithm().getParameters() instanceof ASN1ObjectIdentifier oid ? Optional.of(oid) : Optional.empty();
    }
}

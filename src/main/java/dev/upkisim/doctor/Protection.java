package dev.upkisim.doctor;

import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * How one part of a PKCS#12 file is encrypted: a shrouded key bag (RFC 7292 4.2.2) or an encrypted-data safe
 * holding certificate bags (RFC 7292 4.1). Either one of the PKCS#12 PBE schemes of RFC 7292 Appendix C
 * (openssl 1.x and {@code -legacy}: TripleDES for keys, RC2-40 for certificates) or PBES2 (RFC 8018 6.2) with
 * PBKDF2 (RFC 8018 5.2), what openssl 3, the JDK and Windows ("AES256-SHA256") write today.
 *
 * @param prf        PBKDF2's pseudo-random function (PBES2 only), e.g. {@code hmacWithSHA256}
 * @param cipher     PBES2's cipher, e.g. {@code AES-256-CBC}
 * @param iterations key derivation iterations, 0 when not encrypted
 */
public record Protection(Scheme scheme, String name, String prf, String cipher, int iterations) {
    /** The families that decide import verdicts ({@link ImportRules}). */
    public enum Scheme { NONE, TRIPLE_DES_SHA1, RC2_40_SHA1, OTHER_PKCS12_PBE, PBES2, UNKNOWN }

    public static final Protection NONE = new Protection(Scheme.NONE, "none", null, null, 0);

    private static final Map<ASN1ObjectIdentifier, String> PKCS12_PBE = Map.of(
            PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC, "pbeWithSHAAnd3-KeyTripleDES-CBC",
            PKCSObjectIdentifiers.pbeWithSHAAnd2_KeyTripleDES_CBC, "pbeWithSHAAnd2-KeyTripleDES-CBC",
            PKCSObjectIdentifiers.pbeWithSHAAnd40BitRC2_CBC, "pbeWithSHAAnd40BitRC2-CBC",
            PKCSObjectIdentifiers.pbeWithSHAAnd128BitRC2_CBC, "pbeWithSHAAnd128BitRC2-CBC",
            PKCSObjectIdentifiers.pbeWithSHAAnd40BitRC4, "pbeWithSHAAnd40BitRC4",
            PKCSObjectIdentifiers.pbeWithSHAAnd128BitRC4, "pbeWithSHAAnd128BitRC4");

    static final Map<ASN1ObjectIdentifier, String> PRFS = Map.of(
            PKCSObjectIdentifiers.id_hmacWithSHA1, "hmacWithSHA1",
            PKCSObjectIdentifiers.id_hmacWithSHA224, "hmacWithSHA224",
            PKCSObjectIdentifiers.id_hmacWithSHA256, "hmacWithSHA256",
            PKCSObjectIdentifiers.id_hmacWithSHA384, "hmacWithSHA384",
            PKCSObjectIdentifiers.id_hmacWithSHA512, "hmacWithSHA512");

    static final Map<ASN1ObjectIdentifier, String> CIPHERS = Map.of(
            NISTObjectIdentifiers.id_aes128_CBC, "AES-128-CBC",
            NISTObjectIdentifiers.id_aes192_CBC, "AES-192-CBC",
            NISTObjectIdentifiers.id_aes256_CBC, "AES-256-CBC",
            PKCSObjectIdentifiers.des_EDE3_CBC, "DES-EDE3-CBC");

    /** Describes an encryption algorithm identifier; never throws, an unreadable one is {@link Scheme#UNKNOWN}. */
    public static Protection of(AlgorithmIdentifier algorithm) {
        ASN1ObjectIdentifier oid = algorithm.getAlgorithm();
        try {
            if (PKCS12_PBE.containsKey(oid)) {
                Scheme scheme = oid.equals(PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC) ? Scheme.TRIPLE_DES_SHA1
                        : oid.equals(PKCSObjectIdentifiers.pbeWithSHAAnd40BitRC2_CBC) ? Scheme.RC2_40_SHA1
                        : Scheme.OTHER_PKCS12_PBE;
                int iterations = PKCS12PBEParams.getInstance(algorithm.getParameters()).getIterations().intValueExact();
                return new Protection(scheme, PKCS12_PBE.get(oid), null, null, iterations);
            }
            if (oid.equals(PKCSObjectIdentifiers.id_PBES2)) {
                PBES2Parameters parameters = PBES2Parameters.getInstance(algorithm.getParameters());
                ASN1ObjectIdentifier cipher = parameters.getEncryptionScheme().getAlgorithm();
                if (!parameters.getKeyDerivationFunc().getAlgorithm().equals(PKCSObjectIdentifiers.id_PBKDF2)) {
                    return new Protection(Scheme.PBES2, "PBES2", parameters.getKeyDerivationFunc().getAlgorithm().getId(),
                            CIPHERS.getOrDefault(cipher, cipher.getId()), 0);
                }
                PBKDF2Params kdf = PBKDF2Params.getInstance(parameters.getKeyDerivationFunc().getParameters());
                ASN1ObjectIdentifier prf = kdf.getPrf().getAlgorithm();
                return new Protection(Scheme.PBES2, "PBES2", PRFS.getOrDefault(prf, prf.getId()),
                        CIPHERS.getOrDefault(cipher, cipher.getId()), kdf.getIterationCount().intValueExact());
            }
        } catch (RuntimeException e) {
            // parameters that do not parse: reported as unknown below
        }
        return new Protection(Scheme.UNKNOWN, oid.getId(), null, null, 0);
    }

    /** One line, e.g. {@code PBES2 (PBKDF2 hmacWithSHA256, AES-256-CBC), 10000 iterations}. */
    public String describe() {
        if (scheme == Scheme.NONE) {
            return "none";
        }
        String base = scheme == Scheme.PBES2 ? name + " (PBKDF2 " + prf + ", " + cipher + ")" : name;
        return iterations > 0 ? base + ", " + iterations + " iterations" : base;
    }

    /** PBES2 with AES and a SHA-2 PRF: what the seed's FAQ calls "AES256-SHA256". */
    public boolean isPbes2() {
        return scheme == Scheme.PBES2;
    }
}

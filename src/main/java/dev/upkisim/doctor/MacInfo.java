package dev.upkisim.doctor;

import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;

/**
 * The password MAC over a PKCS#12 file (RFC 7292 5.1 with the digest named; RFC 9579 PBMAC1), or its absence.
 *
 * @param digest     {@code SHA-1}, {@code SHA-256}, … or {@code PBMAC1}; {@code null} when the file has no MAC
 * @param iterations the MAC key derivation's iteration count
 */
public record MacInfo(String digest, int iterations) {
    private static final ASN1ObjectIdentifier PBMAC1 = PKCSObjectIdentifiers.pkcs_5.branch("14");
    private static final Map<ASN1ObjectIdentifier, String> DIGESTS = Map.of(
            OIWObjectIdentifiers.idSHA1, "SHA-1",
            NISTObjectIdentifiers.id_sha224, "SHA-224",
            NISTObjectIdentifiers.id_sha256, "SHA-256",
            NISTObjectIdentifiers.id_sha384, "SHA-384",
            NISTObjectIdentifiers.id_sha512, "SHA-512",
            PKCSObjectIdentifiers.md5, "MD5",
            PBMAC1, "PBMAC1");

    public static final MacInfo ABSENT = new MacInfo(null, 0);

    static MacInfo of(MacData mac) {
        if (mac == null) {
            return ABSENT;
        }
        ASN1ObjectIdentifier oid = mac.getMac().getAlgorithmId().getAlgorithm();
        return new MacInfo(DIGESTS.getOrDefault(oid, oid.getId()), mac.getIterationCount().intValueExact());
    }

    public boolean present() {
        return digest != null;
    }

    public String describe() {
        return present() ? (digest.equals("PBMAC1") ? "" : "HMAC-") + digest + ", " + iterations + " iterations" : "none";
    }
}

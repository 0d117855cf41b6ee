package dev.upkisim.ca;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Certificate fingerprints in the format of the seed's FAQ ("D5 62 97 10 C1 …"): upper-case hex, bytes
 * separated by single spaces, as macOS Keychain Access shows them.
 */
public final class Fingerprints {
    private static final HexFormat FORMAT = HexFormat.ofDelimiter(" ").withUpperCase();

    private Fingerprints() {
    }

    public static String sha1(X509Certificate certificate) {
        return FORMAT.formatHex(digest("SHA-1", certificate));
    }

    public static String sha256(X509Certificate certificate) {
        return FORMAT.formatHex(digest("SHA-256", certificate));
    }

    private static byte[] digest(String algorithm, X509Certificate certificate) {
        try {
            return MessageDigest.getInstance(algorithm.toUpperCase(Locale.ROOT)).digest(certificate.getEncoded());
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint certificate", e);
        }
    }
}

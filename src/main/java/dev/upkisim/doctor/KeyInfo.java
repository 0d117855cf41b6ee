package dev.upkisim.doctor;

/**
 * The private key found in the file.
 *
 * @param algorithm   {@code RSA}, {@code EC}, …
 * @param size        e.g. {@code 2048 bits} or the curve
 * @param matchesLeaf whether the key signs what the leaf certificate's public key verifies
 */
public record KeyInfo(String algorithm, String size, boolean matchesLeaf) {
}

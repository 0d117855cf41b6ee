package dev.upkisim.doctor;

/**
 * One safe bag (RFC 7292 4.2): what it holds, how it is encrypted (its own shrouding for a key, else its
 * safe's encryption) and the two attributes that pair a key with its certificate (RFC 7292 4.2, PKCS#9).
 *
 * @param type         {@code key}, {@code certificate}, {@code crl}, {@code secret} or the bag type's OID
 * @param localKeyId   hex, or {@code null}
 */
public record BagInfo(String type, Protection protection, String friendlyName, String localKeyId) {
}

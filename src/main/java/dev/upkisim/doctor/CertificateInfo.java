package dev.upkisim.doctor;

import java.time.Instant;

/**
 * One certificate of the file, with the fingerprints as the seed's FAQ shows them ({@code D5 62 97 …},
 * {@link dev.upkisim.ca.Fingerprints}) and the serial in decimal, as the NII TSV files and mails use it.
 */
public record CertificateInfo(String subject, String issuer, String serial, Instant notBefore, Instant notAfter,
                              String sha1, String sha256, boolean selfSigned, boolean ca) {
}

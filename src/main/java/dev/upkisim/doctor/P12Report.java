package dev.upkisim.doctor;

import dev.upkisim.core.LocalizedText;
import java.util.List;

/**
 * What {@link P12Inspector} found in a file: the status and its explanation, then whatever could be read — the
 * MAC and the safes always once the file parses; key, certificates and chain only with the right password.
 */
public record P12Report(Status status, LocalizedText summary, MacInfo mac, List<SafeInfo> safes, KeyInfo key,
                        List<CertificateInfo> certificates, ChainInfo chain, List<ImportVerdict> verdicts) {

    public enum Status {
        /** Read completely with the password. */
        READ,
        /** A PKCS#12 file, read as far as possible without the password (none was given). */
        PASSWORD_NEEDED,
        /** A PKCS#12 file whose MAC (or decryption) fails with the given password. */
        WRONG_PASSWORD,
        /** Not a PKCS#12 file at all. */
        NOT_P12
    }

    static P12Report refused(Status status, LocalizedText summary) {
        return new P12Report(status, summary, null, List.of(), null, List.of(), null, List.of());
    }

    /** Whether the file was read as PKCS#12 (completely or without the password). */
    public boolean readable() {
        return status == Status.READ || status == Status.PASSWORD_NEEDED;
    }
}

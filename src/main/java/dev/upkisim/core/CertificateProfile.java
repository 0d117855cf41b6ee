package dev.upkisim.core;

import java.util.Arrays;
import java.util.Optional;

/**
 * The certificate profile IDs of the real service's TSV column 2 and their validity (SPEC 1.2, real):
 * client 5 / 13 / 14 = 48 / 13 / 25 months; S/MIME 7 / 15 / 16 = 27 / 13 / 25 months; 1 = the RA operator's
 * own certificate (登録担当者用証明書).
 *
 * <p>Server certificates: {@link #SERVER}, ID 3 — <b>our choice</b>. NII's current server TSV format page could
 * not be read; the archived page of the 2015 open-domain project (certs.nii.ac.jp/upki_archive/odcert/275) fixes
 * column 2 at 1, which the current service gives the RA operator's certificate, so the simulator takes the
 * next free ID. Server certificates are counted in days, not months: {@code validityMonths} is 0 and the rule is
 * {@code ca.ServerValidity} (398 days, 198 from 2026-03-04).
 */
public enum CertificateProfile {
    RA_OPERATOR(1, Kind.RA_OPERATOR, 24),
    CLIENT_48_MONTHS(5, Kind.CLIENT, 48),
    CLIENT_13_MONTHS(13, Kind.CLIENT, 13),
    CLIENT_25_MONTHS(14, Kind.CLIENT, 25),
    SMIME_27_MONTHS(7, Kind.SMIME, 27),
    SMIME_13_MONTHS(15, Kind.SMIME, 13),
    SMIME_25_MONTHS(16, Kind.SMIME, 25),
    /** TLS server certificates from a CSR (SPEC 1.2 server TSV, 1.5 portal, 1.8 ACME): RSA or ECDSA keys. */
    SERVER(3, Kind.SERVER, 0);

    /** What a profile's certificates are for, which decides the issuing CA and the extensions. */
    public enum Kind { RA_OPERATOR, CLIENT, SMIME, SERVER }

    private final int id;
    private final Kind kind;
    private final int validityMonths;

    CertificateProfile(int id, Kind kind, int validityMonths) {
        this.id = id;
        this.kind = kind;
        this.validityMonths = validityMonths;
    }

    public int id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** Calendar months of validity; 0 for {@link Kind#SERVER}, whose validity is counted in days. */
    public int validityMonths() {
        return validityMonths;
    }

    public static Optional<CertificateProfile> byId(int id) {
        return Arrays.stream(values()).filter(profile -> profile.id == id).findFirst();
    }
}

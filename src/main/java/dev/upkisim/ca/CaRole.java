package dev.upkisim.ca;

import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.x509.KeyPurposeId;

/**
 * The CAs of the simulated hierarchy and the real CA whose role each plays (SPEC 1.1): the root; the
 * client-certificate CA ("SECOM Passport for Member RSA CA16" in the seed's FAQ); the S/MIME CA; the server
 * CA ("NII Open Domain CA - G7 RSA").
 */
public enum CaRole {
    ROOT(),
    CLIENT(KeyPurposeId.id_kp_clientAuth, KeyPurposeId.id_kp_emailProtection),
    SMIME(KeyPurposeId.id_kp_emailProtection),
    SERVER(KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth);

    private final KeyPurposeId[] purposes;

    CaRole(KeyPurposeId... purposes) {
        this.purposes = purposes;
    }

    /** The identifier used in URLs, JSON and the store: {@code root}, {@code client}, {@code smime}, {@code server}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The extended key usages an issuing CA is restricted to; empty for the root. */
    public KeyPurposeId[] purposes() {
        return purposes.clone();
    }

    /** The CAs that issue end-entity certificates (and publish CRLs and OCSP answers): all but the root. */
    public static List<CaRole> issuing() {
        return List.of(CLIENT, SMIME, SERVER);
    }

    public static CaRole fromId(String id) {
        for (CaRole role : values()) {
            if (role.id().equals(id)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown CA role '" + id + "'");
    }
}

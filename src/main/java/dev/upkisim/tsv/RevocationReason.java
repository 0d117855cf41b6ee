package dev.upkisim.tsv;

import java.util.Arrays;
import java.util.Optional;

/**
 * Revoke TSV column 5, 失効理由: an RFC 5280 section 5.3.1 CRLReason number (SPEC 1.2).
 *
 * <p>Which numbers the real service accepts could not be confirmed from NII's pages. The simulator accepts the
 * five a subscriber may choose under the CA/Browser Forum and Mozilla rules (the same five JPRS lists for its
 * revocation requests): 0 unspecified, 1 keyCompromise, 3 affiliationChanged, 4 superseded,
 * 5 cessationOfOperation. 2 cACompromise, 6 certificateHold, 8 removeFromCRL, 9 privilegeWithdrawn and
 * 10 aACompromise are not a subscriber's to choose and are refused. NII asks RAs to check that a comment is
 * given when the reason is 0 (certs.nii.ac.jp/join/lra/case4/); the simulator enforces it.
 */
public enum RevocationReason {
    UNSPECIFIED(0, "unspecified"),
    KEY_COMPROMISE(1, "keyCompromise"),
    AFFILIATION_CHANGED(3, "affiliationChanged"),
    SUPERSEDED(4, "superseded"),
    CESSATION_OF_OPERATION(5, "cessationOfOperation");

    private final int code;
    private final String rfcName;

    RevocationReason(int code, String rfcName) {
        this.code = code;
        this.rfcName = rfcName;
    }

    /** The CRLReason number, as written in the TSV and in the CRL entry. */
    public int code() {
        return code;
    }

    /** The name RFC 5280 gives it, e.g. {@code keyCompromise}. */
    public String rfcName() {
        return rfcName;
    }

    /** True when the reason needs a 失効理由コメント (reason 0, unspecified). */
    public boolean needsComment() {
        return this == UNSPECIFIED;
    }

    public static Optional<RevocationReason> byCode(int code) {
        return Arrays.stream(values()).filter(reason -> reason.code == code).findFirst();
    }
}

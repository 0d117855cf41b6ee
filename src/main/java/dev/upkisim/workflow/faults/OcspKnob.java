package dev.upkisim.workflow.faults;

/**
 * How a fault makes the OCSP responder misbehave (issue 6 item 2, SPEC 1.6), beyond being slow (a delay).
 */
public enum OcspKnob {
    /**
     * An unsigned OCSPResponse with status {@code tryLater} (3): "the responder is temporarily unable to respond"
     * (RFC 6960 2.3, 4.2.1). openssl prints {@code Responder Error: trylater (3)}.
     */
    TRY_LATER("tryLater"),
    /**
     * A signed, otherwise correct response whose thisUpdate and nextUpdate lie in the past of the simulated clock
     * (nextUpdate one validity period ago), which RFC 6960 4.2.2.1 says clients SHOULD treat as unreliable; openssl
     * prints {@code Status times invalid} and {@code status expired}.
     */
    STALE("stale"),
    /** A signed response saying {@code unknown} (RFC 6960 2.2) for every certificate asked about. */
    UNKNOWN("unknown");

    private final String type;

    OcspKnob(String type) {
        this.type = type;
    }

    /** The rule's action {@code type}. */
    public String type() {
        return type;
    }
}

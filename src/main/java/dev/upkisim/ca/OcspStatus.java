package dev.upkisim.ca;

/**
 * What the responder says about one certificate (RFC 6960 2.2): good, revoked (with time and reason, 4.2.1
 * RevokedInfo), or unknown — the responder does not know the certificate (never issued by that CA, or an
 * issuer that is not ours).
 */
public sealed interface OcspStatus {
    OcspStatus GOOD = new Good();
    OcspStatus UNKNOWN = new Unknown();

    record Good() implements OcspStatus {
    }

    record Unknown() implements OcspStatus {
    }

    record Revoked(RevokedEntry entry) implements OcspStatus {
    }
}

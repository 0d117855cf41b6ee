package dev.upkisim.ca;

import java.math.BigInteger;
import java.time.Instant;

/**
 * One revoked certificate as a CRL entry and an OCSP "revoked" answer show it (RFC 5280 5.1.2.6, 5.3.1, 5.3.2;
 * RFC 6960 4.2.1 RevokedInfo).
 *
 * @param reason         RFC 5280 CRLReason code; 0 (unspecified) is left out of a CRL entry (RFC 5280 5.3.1)
 * @param invalidityDate when the certificate is known or suspected to have become invalid (RFC 5280 5.3.2)
 */
public record RevokedEntry(BigInteger serial, Instant revokedAt, int reason, Instant invalidityDate) {
}

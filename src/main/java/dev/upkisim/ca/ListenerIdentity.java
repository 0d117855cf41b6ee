package dev.upkisim.ca;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/** The HTTPS listener's own certificate (issued by the server CA for the configured host names) and key. */
public record ListenerIdentity(List<String> hostnames, X509Certificate certificate, PrivateKey privateKey) {

    /** Whether it still fits: same host names, and valid on the wall clock for at least another 30 days. */
    public boolean fits(List<String> wanted, Instant wallNow) {
        Instant notAfter = certificate.getNotAfter().toInstant();
        Instant notBefore = certificate.getNotBefore().toInstant();
        return hostnames.equals(wanted) && !notBefore.isAfter(wallNow)
                && notAfter.isAfter(wallNow.plus(java.time.Duration.ofDays(30)));
    }
}

package dev.upkisim.ca;

import dev.upkisim.core.CertificateProfile;
import java.math.BigInteger;
import java.net.URI;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;

/**
 * What the workflow asks the CA for: one end-entity certificate of a profile (SPEC 1.2 profile IDs).
 *
 * @param profile       the TSV column 2 profile; decides the issuing CA, the validity and the extensions
 * @param subject       the subject DN as the TSV gave it (CN, OU, O, L, C); required for client and RA operator
 *                      certificates, ignored for S/MIME ones (their subject is {@code CN=<email>}), so may be null there
 * @param email         the user's e-mail address, or null; required for S/MIME
 * @param publicKey     the subject's public key
 * @param serial        positive, at most 20 octets (RFC 5280 4.1.2.2); in practice {@link Serials#random128()}
 * @param notBefore     the start of validity, on the simulated clock; cut to whole seconds (X.509 times have no
 *                      fractions, RFC 5280 4.1.2.5.1)
 * @param publicBaseUrl the simulator's public base URL, for the CRL and AIA URLs ({@link RepositoryUrls})
 * @param dnsNames      server certificates: the subjectAltName dNSNames, the CN first; empty for other profiles
 */
public record EndEntityRequest(CertificateProfile profile, X500Principal subject, String email, PublicKey publicKey,
                               BigInteger serial, Instant notBefore, URI publicBaseUrl, List<String> dnsNames) {
    private static final int MAX_SERIAL_BITS = 20 * 8 - 1;

    public EndEntityRequest {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        dnsNames = dnsNames == null ? List.of() : List.copyOf(dnsNames);
        if (serial.signum() <= 0 || serial.bitLength() > MAX_SERIAL_BITS) {
            throw new IllegalArgumentException("the serial must be positive and at most 20 octets (RFC 5280 4.1.2.2): "
                    + serial);
        }
    }

    /** A request without dNSNames: client, S/MIME and RA operator certificates. */
    public EndEntityRequest(CertificateProfile profile, X500Principal subject, String email, PublicKey publicKey,
                            BigInteger serial, Instant notBefore, URI publicBaseUrl) {
        this(profile, subject, email, publicKey, serial, notBefore, publicBaseUrl, List.of());
    }
}

package dev.upkisim.ca;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * The URLs of the CA repository that issued certificates point back to (SPEC 1.1: "Issued certificates carry
 * CRL distribution point and AIA (OCSP + caIssuers) URLs that point back to the simulator's configured public
 * base URL"). The one place that knows their shapes, so the certificates and the {@code /repo/} face agree:
 *
 * <ul>
 *   <li>CRL of an issuing CA: {@code {base}/repo/crl/{caId}.crl} (RFC 5280 4.2.1.13; DER, RFC 5280 5);</li>
 *   <li>OCSP responder: {@code {base}/repo/ocsp} (RFC 5280 4.2.2.1 id-ad-ocsp; RFC 6960 GET and POST);</li>
 *   <li>issuing CA certificate: {@code {base}/repo/ca/{caId}.der} (RFC 5280 4.2.2.1 id-ad-caIssuers: a single
 *       DER certificate over HTTP).</li>
 * </ul>
 *
 * {@code caId} is {@link CaRole#id()}. The base may carry a path ({@code https://host/upki}); trailing slashes
 * are ignored.
 */
public record RepositoryUrls(URI publicBaseUrl) {
    /** Path prefix of the repository face. */
    public static final String REPOSITORY_PATH = "/repo";

    public RepositoryUrls {
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        String scheme = publicBaseUrl.getScheme() == null ? "" : publicBaseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || publicBaseUrl.getHost() == null
                || publicBaseUrl.getQuery() != null || publicBaseUrl.getFragment() != null) {
            throw new IllegalArgumentException("the public base URL '" + publicBaseUrl
                    + "' must be an absolute http:// or https:// URL without query or fragment");
        }
        publicBaseUrl = URI.create(publicBaseUrl.toString().replaceAll("/+$", ""));
    }

    /** Path of an issuing CA's CRL, e.g. {@code /repo/crl/client.crl}. */
    public static String crlPath(CaRole ca) {
        return REPOSITORY_PATH + "/crl/" + ca.id() + ".crl";
    }

    /** Path of the OCSP responder, {@code /repo/ocsp}. */
    public static String ocspPath() {
        return REPOSITORY_PATH + "/ocsp";
    }

    /** Path of a CA certificate in DER, e.g. {@code /repo/ca/client.der}. */
    public static String caCertificatePath(CaRole ca) {
        return REPOSITORY_PATH + "/ca/" + ca.id() + ".der";
    }

    public URI crl(CaRole ca) {
        return resolve(crlPath(ca));
    }

    public URI ocsp() {
        return resolve(ocspPath());
    }

    public URI caCertificate(CaRole ca) {
        return resolve(caCertificatePath(ca));
    }

    private URI resolve(String path) {
        return URI.create(publicBaseUrl + path);
    }
}

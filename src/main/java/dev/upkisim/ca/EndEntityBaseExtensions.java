package dev.upkisim.ca;

import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * The extensions every end-entity certificate of upki-sim carries, whatever its profile. The subject and
 * authority key identifiers (RFC 5280 4.2.1.1, 4.2.1.2) come from {@link CertificateSigner}; this adds:
 *
 * <ul>
 *   <li>basicConstraints {@code CA:FALSE}, critical (RFC 5280 4.2.1.9: not a CA);</li>
 *   <li>keyUsage, critical (RFC 5280 4.2.1.3), with the bits the profile gives
 *       ({@link EndEntityProfile#keyUsage}: digitalSignature + keyEncipherment for RSA keys);</li>
 *   <li>cRLDistributionPoints with one full-name URI, the issuing CA's CRL (RFC 5280 4.2.1.13);</li>
 *   <li>authorityInfoAccess with the OCSP responder and the issuing CA's certificate (RFC 5280 4.2.2.1),
 *       both under the public base URL (SPEC 1.1, {@link RepositoryUrls}).</li>
 * </ul>
 */
final class EndEntityBaseExtensions {
    private EndEntityBaseExtensions() {
    }

    static void add(CertificateSigner signer, CaRole issuingCa, RepositoryUrls urls, KeyUsage keyUsage) {
        signer.extension(Extension.basicConstraints, true, new BasicConstraints(false))
                .extension(Extension.keyUsage, true, keyUsage)
                .extension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                        new DistributionPoint(new DistributionPointName(new GeneralNames(uri(urls.crl(issuingCa).toString()))),
                                null, null)}))
                .extension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(new AccessDescription[] {
                        new AccessDescription(AccessDescription.id_ad_ocsp, uri(urls.ocsp().toString())),
                        new AccessDescription(AccessDescription.id_ad_caIssuers, uri(urls.caCertificate(issuingCa).toString()))}));
    }

    private static GeneralName uri(String value) {
        return new GeneralName(GeneralName.uniformResourceIdentifier, value);
    }
}

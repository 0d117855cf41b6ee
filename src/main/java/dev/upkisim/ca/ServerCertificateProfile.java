package dev.upkisim.ca;

import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * TLS server certificates, profile 3 (SPEC 1.2), issued by the server CA ("NII Open Domain CA - G7 RSA", since
 * Dec 2025 "G8 RSA") over the key of the admin's CSR:
 *
 * <ul>
 *   <li>subject: the application's DN (TSV column 1: CN, O, L, [ST,] C) — no OU (BR 7.1.4.2.2 prohibits it since
 *       2022-09-01), no e-mail address (SPEC 1.2); its CN must be the first dNSName (BR 7.1.4.3);</li>
 *   <li>subjectAltName: the dNSNames, the FQDN first (BR 7.1.2.7.12: at least one entry, dNSName only here);</li>
 *   <li>extendedKeyUsage: serverAuth only (RFC 5280 4.2.1.12). Our choice: BR 7.1.2.7.10 still allows
 *       clientAuth, but the Chrome Root Program (policy 1.6) requires hierarchies dedicated to serverAuth from
 *       2026-06-15, and public CAs dropped clientAuth from server certificates during 2026 — the simulated clock
 *       is past that, so a test suite meets the shape it will meet for real;</li>
 *   <li>keyUsage, critical: digitalSignature + keyEncipherment for RSA keys (TLS 1.2 RSA key transport),
 *       digitalSignature only for ECDSA keys (BR 7.1.2.7.11; keyEncipherment is meaningless for EC);</li>
 *   <li>CRL distribution point and AIA: as every end-entity certificate ({@link EndEntityBaseExtensions});</li>
 *   <li>validity: {@link ServerValidity}, the 398/198-day rule.</li>
 * </ul>
 */
final class ServerCertificateProfile implements EndEntityProfile {

    @Override
    public CaRole issuingCa() {
        return CaRole.SERVER;
    }

    @Override
    public X500Principal subject(EndEntityRequest request) {
        X500Principal subject = ClientCertificateProfile.requireSubject(request, "server");
        X500Name name = X500Name.getInstance(subject.getEncoded());
        if (name.getRDNs(BCStyle.OU).length > 0) {
            throw new IllegalArgumentException("a server certificate's subject has no OU (BR 7.1.4.2.2): " + subject);
        }
        if (name.getRDNs(BCStyle.EmailAddress).length > 0) {
            throw new IllegalArgumentException("a server certificate's subject has no e-mail address: " + subject);
        }
        if (name.getRDNs(BCStyle.CN).length != 1) {
            throw new IllegalArgumentException("a server certificate's subject has exactly one CN: " + subject);
        }
        String commonName = IETFUtils.valueToString(name.getRDNs(BCStyle.CN)[0].getFirst().getValue());
        List<String> names = requireNames(request);
        if (!DnsName.normalize(commonName).equals(names.get(0))) {
            throw new IllegalArgumentException("the CN " + commonName + " must be the first dNSName " + names.get(0)
                    + " (BR 7.1.4.3)");
        }
        return subject;
    }

    @Override
    public void addExtensions(CertificateSigner signer, EndEntityRequest request) {
        GeneralName[] names = requireNames(request).stream()
                .map(name -> new GeneralName(GeneralName.dNSName, name)).toArray(GeneralName[]::new);
        signer.extension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                .extension(Extension.subjectAlternativeName, false, new GeneralNames(names));
    }

    @Override
    public KeyUsage keyUsage(EndEntityRequest request) {
        String algorithm = request.publicKey().getAlgorithm();
        if (algorithm.equals("EC") || algorithm.equals("ECDSA")) {
            return new KeyUsage(KeyUsage.digitalSignature);
        }
        return new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment);
    }

    private static List<String> requireNames(EndEntityRequest request) {
        List<String> names = request.dnsNames().stream().map(DnsName::normalize).toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a server certificate needs at least one dNSName");
        }
        for (String name : names) {
            if (!DnsName.isValid(name)) {
                throw new IllegalArgumentException("'" + name + "' is not a DNS name a server certificate can carry");
            }
        }
        if (names.size() > ServerCsrCheck.MAX_NAMES || names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("a server certificate carries at most " + ServerCsrCheck.MAX_NAMES
                    + " distinct dNSNames: " + names);
        }
        return names;
    }
}

package dev.upkisim.ca;

import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;

/**
 * Client (personal authentication) certificates, profiles 5 / 13 / 14 (SPEC 1.2), issued by the client CA
 * ("SECOM Passport for Member RSA CA16" in the seed's FAQ) for Wi-Fi, VPN and web login:
 *
 * <ul>
 *   <li>subject: the TSV's DN exactly as given, RDN order included (SPEC 1.2: "order CN,OU,O,L,C" in
 *       RFC 4514 string order, so the encoded sequence runs C, L, O, OU, CN);</li>
 *   <li>extendedKeyUsage: clientAuth only (RFC 5280 4.2.1.12);</li>
 *   <li>subjectAltName: the user's e-mail as rfc822Name, when the application gives one (RFC 5280 4.2.1.6).</li>
 * </ul>
 */
final class ClientCertificateProfile implements EndEntityProfile {

    @Override
    public CaRole issuingCa() {
        return CaRole.CLIENT;
    }

    @Override
    public X500Principal subject(EndEntityRequest request) {
        return requireSubject(request, "client");
    }

    @Override
    public void addExtensions(CertificateSigner signer, EndEntityRequest request) {
        signer.extension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
        if (request.email() != null) {
            signer.extension(Extension.subjectAlternativeName, false, MailboxAddress.subjectAltName(request.email()));
        }
    }

    static X500Principal requireSubject(EndEntityRequest request, String kind) {
        X500Principal subject = request.subject();
        if (subject == null || subject.getEncoded().length <= 2) {
            throw new IllegalArgumentException("a " + kind + " certificate needs a subject DN");
        }
        return subject;
    }
}

package dev.upkisim.ca;

import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;

/**
 * The RA operator's own certificate, profile 1 「登録担当者用証明書」 (SPEC 1.2): the client certificate an
 * institution's registration authority logs in to {@code /upki-odcert/lra/SSLLogin.do} with. Issued by the
 * client CA; subject as given; extendedKeyUsage clientAuth (RFC 5280 4.2.1.12); the operator's e-mail as
 * rfc822Name when given, as for client certificates.
 */
final class RaOperatorCertificateProfile implements EndEntityProfile {

    @Override
    public CaRole issuingCa() {
        return CaRole.CLIENT;
    }

    @Override
    public X500Principal subject(EndEntityRequest request) {
        return ClientCertificateProfile.requireSubject(request, "RA operator");
    }

    @Override
    public void addExtensions(CertificateSigner signer, EndEntityRequest request) {
        signer.extension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
        if (request.email() != null) {
            signer.extension(Extension.subjectAlternativeName, false, MailboxAddress.subjectAltName(request.email()));
        }
    }
}

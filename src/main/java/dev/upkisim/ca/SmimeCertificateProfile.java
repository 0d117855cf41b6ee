package dev.upkisim.ca;

import java.io.IOException;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;

/**
 * S/MIME certificates, profiles 7 / 15 / 16 (SPEC 1.2), issued by the S/MIME CA, in the shape the real
 * service uses since August 2023 ("DN is the e-mail address only, no client-auth EKU"):
 *
 * <ul>
 *   <li>subject: {@code CN=<email>} and nothing else; the TSV's DN is not put in the certificate;</li>
 *   <li>subjectAltName: the e-mail as rfc822Name (RFC 5280 4.2.1.6; RFC 8550 3 has S/MIME agents match the
 *       sender against it);</li>
 *   <li>extendedKeyUsage: emailProtection only (RFC 5280 4.2.1.12).</li>
 * </ul>
 *
 * An e-mail address is required, and it must fit a common name: at most 64 characters (RFC 5280 Appendix A,
 * {@code ub-common-name}).
 */
final class SmimeCertificateProfile implements EndEntityProfile {
    static final int MAX_COMMON_NAME = 64;

    @Override
    public CaRole issuingCa() {
        return CaRole.SMIME;
    }

    @Override
    public X500Principal subject(EndEntityRequest request) {
        String email = requireEmail(request);
        try {
            byte[] encoded = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, email).build()
                    .getEncoded(ASN1Encoding.DER);
            return new X500Principal(encoded);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode CN=" + email, e);
        }
    }

    @Override
    public void addExtensions(CertificateSigner signer, EndEntityRequest request) {
        signer.extension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection))
                .extension(Extension.subjectAlternativeName, false, MailboxAddress.subjectAltName(requireEmail(request)));
    }

    private static String requireEmail(EndEntityRequest request) {
        if (request.email() == null) {
            throw new IllegalArgumentException("an S/MIME certificate needs an e-mail address: its subject is CN=<email>");
        }
        String email = MailboxAddress.require(request.email());
        if (email.length() > MAX_COMMON_NAME) {
            throw new IllegalArgumentException("the e-mail address '" + email + "' is longer than the "
                    + MAX_COMMON_NAME + " characters a common name may hold (RFC 5280 ub-common-name)");
        }
        return email;
    }
}

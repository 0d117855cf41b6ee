package dev.upkisim.mail;

import jakarta.mail.internet.ContentType;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * The two parts of a multipart/signed message as a verifier sees them (RFC 1847 2.1): the signed bytes exactly as
 * they stand between the delimiters, and the CMS signature; and the verification with Bouncy Castle.
 */
record SignedParts(byte[] content, byte[] signature) {

    static SignedParts of(byte[] raw) {
        try {
            var message = ReadBack.parse(raw);
            String boundary = new ContentType(message.getContentType()).getParameter("boundary");
            byte[] open = ("\r\n--" + boundary + "\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] close = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
            int start = MimeParts.indexOf(raw, open) + open.length;
            int end = start + MimeParts.indexOf(Arrays.copyOfRange(raw, start, raw.length), close);
            byte[] signature = ReadBack.part(message, 1).getInputStream().readAllBytes();
            return new SignedParts(Arrays.copyOfRange(raw, start, end), signature);
        } catch (Exception e) {
            throw new AssertionError("not a multipart/signed message", e);
        }
    }

    /** Checks the signature over the content and the signer's chain up to {@code root}; returns the signer. */
    X509Certificate verify(X509Certificate root) throws Exception {
        CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content), signature);
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        @SuppressWarnings("unchecked")
        X509CertificateHolder holder = (X509CertificateHolder) signed.getCertificates().getMatches(signer.getSID())
                .iterator().next();
        if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))) {
            throw new AssertionError("the signature does not verify");
        }
        var converter = new JcaX509CertificateConverter();
        X509Certificate signerCertificate = converter.getCertificate(holder);
        List<X509Certificate> path = new ArrayList<>(List.of(signerCertificate));
        for (Object other : signed.getCertificates().getMatches(null)) {
            X509Certificate certificate = converter.getCertificate((X509CertificateHolder) other);
            if (!certificate.equals(signerCertificate) && !certificate.equals(root)) {
                path.add(certificate);
            }
        }
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
        parameters.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509").generateCertPath(path),
                parameters);
        return signerCertificate;
    }
}

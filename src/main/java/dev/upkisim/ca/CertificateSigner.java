package dev.upkisim.ca;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Builds and signs one X.509 v3 certificate with SHA-256/RSA. Adds the subject key identifier and, when
 * issued by another CA, the authority key identifier (RFC 5280 4.2.1.1, 4.2.1.2); the caller adds the rest.
 */
public final class CertificateSigner {
    private final X509v3CertificateBuilder builder;
    private final PrivateKey signingKey;

    private CertificateSigner(X509v3CertificateBuilder builder, PrivateKey signingKey) {
        this.builder = builder;
        this.signingKey = signingKey;
    }

    /** A certificate signed by {@code issuer}. */
    public static CertificateSigner issuedBy(Authority issuer, X500Principal subject, PublicKey subjectKey,
                                             BigInteger serial, Instant notBefore, Instant notAfter) {
        CertificateSigner signer = new CertificateSigner(new JcaX509v3CertificateBuilder(
                issuer.certificate().getSubjectX500Principal(), serial, Date.from(notBefore), Date.from(notAfter),
                subject, subjectKey), issuer.privateKey());
        signer.identifiers(subjectKey, issuer.certificate().getPublicKey());
        return signer;
    }

    /** A self-signed certificate: the root. */
    public static CertificateSigner selfSigned(X500Principal subject, java.security.KeyPair keys, BigInteger serial,
                                               Instant notBefore, Instant notAfter) {
        CertificateSigner signer = new CertificateSigner(new JcaX509v3CertificateBuilder(subject, serial,
                Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic()), keys.getPrivate());
        signer.identifiers(keys.getPublic(), null);
        return signer;
    }

    public CertificateSigner extension(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
        try {
            builder.addExtension(oid, critical, value);
            return this;
        } catch (CertIOException e) {
            throw new IllegalArgumentException("cannot encode extension " + oid, e);
        }
    }

    public X509Certificate sign() {
        try {
            var signer = new JcaContentSignerBuilder("SHA256withRSA").build(signingKey);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (OperatorCreationException | CertificateException e) {
            throw new IllegalStateException("cannot sign certificate", e);
        }
    }

    private void identifiers(PublicKey subjectKey, PublicKey issuerKey) {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            SubjectKeyIdentifier ski = utils.createSubjectKeyIdentifier(subjectKey);
            extension(Extension.subjectKeyIdentifier, false, ski);
            if (issuerKey != null) {
                AuthorityKeyIdentifier aki = utils.createAuthorityKeyIdentifier(issuerKey);
                extension(Extension.authorityKeyIdentifier, false, aki);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 is needed for key identifiers", e);
        }
    }
}

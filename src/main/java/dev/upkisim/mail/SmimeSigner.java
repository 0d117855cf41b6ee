package dev.upkisim.mail;

import static dev.upkisim.mail.MimeParts.CRLF;
import static dev.upkisim.mail.MimeParts.ascii;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * S/MIME signing as the real notices have it (SPEC 1.4; RFC 8551 3.5, RFC 1847 2.1): a
 * {@code multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256} whose first part is the
 * content entity, byte for byte, and whose second part is
 * {@code application/pkcs7-signature; name=smime.p7s; smime-type=signed-data} — a detached CMS SignedData
 * (RFC 5652) with SHA-256 and RSA over exactly those bytes, carrying the signer's certificate and its chain.
 *
 * <p>The second part's Content-Type is written exactly so, unquoted and in this order: a real RA client compares
 * the whole string before it trusts a mail. The signing time is the mail's Date (simulated time), so a mail
 * signs to the same bytes every time.
 */
public final class SmimeSigner {
    static final String SIGNATURE_CONTENT_TYPE = "application/pkcs7-signature; name=smime.p7s; smime-type=signed-data";
    private static final String PREAMBLE = "This is an S/MIME signed message" + CRLF;

    private final SigningIdentity identity;

    public SmimeSigner(SigningIdentity identity) {
        this.identity = identity;
    }

    /** @param chain the CA certificates above {@code certificate}, nearest first */
    public SmimeSigner(X509Certificate certificate, PrivateKey privateKey, List<X509Certificate> chain) {
        this(new SigningIdentity(certificate, privateKey, chain));
    }

    public X509Certificate certificate() {
        return identity.certificate();
    }

    /**
     * The {@code multipart/signed} entity around {@code entity}: its Content-Type header, a blank line, the two
     * parts. The message headers (From … MIME-Version) go above it.
     *
     * @param entity a MIME entity in canonical form: CRLF line ends only, ending in CRLF
     */
    public byte[] sign(byte[] entity, Instant signingTime) {
        requireCanonical(entity);
        byte[] signaturePart = ascii("Content-Type: " + SIGNATURE_CONTENT_TYPE + CRLF
                + "Content-Transfer-Encoding: base64" + CRLF
                + "Content-Disposition: attachment; filename=\"smime.p7s\"" + CRLF
                + "Content-Description: S/MIME Cryptographic Signature" + CRLF + CRLF
                + MimeParts.base64Lines(signature(entity, signingTime)));
        List<byte[]> parts = List.of(entity, signaturePart);
        String boundary = MimeParts.boundary("signed", parts);
        return MimeParts.concat(ascii("Content-Type: multipart/signed; protocol=\"application/pkcs7-signature\";"
                        + " micalg=sha-256;" + CRLF + "\tboundary=\"" + boundary + "\"" + CRLF + CRLF + PREAMBLE),
                MimeParts.body(boundary, parts));
    }

    /** The detached CMS SignedData (DER) over {@code content}. */
    public byte[] signature(byte[] content, Instant signingTime) {
        try {
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(signingTime)))));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(identity.privateKey()),
                            identity.certificate()));
            List<X509Certificate> certificates = new ArrayList<>(List.of(identity.certificate()));
            certificates.addAll(identity.chain());
            generator.addCertificates(new JcaCertStore(certificates));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CertificateEncodingException | CMSException | IOException e) {
            throw new IllegalStateException("cannot sign the mail with " + identity, e);
        }
    }

    private static void requireCanonical(byte[] entity) {
        for (int i = 0; i < entity.length; i++) {
            boolean bareCr = entity[i] == '\r' && (i + 1 == entity.length || entity[i + 1] != '\n');
            boolean bareLf = entity[i] == '\n' && (i == 0 || entity[i - 1] != '\r');
            if (bareCr || bareLf) {
                throw new IllegalArgumentException("the entity to sign has a bare " + (bareCr ? "CR" : "LF")
                        + " at byte " + i + "; S/MIME signs canonical CRLF text (RFC 8551 3.1.1)");
            }
        }
        if (entity.length < 2 || entity[entity.length - 1] != '\n') {
            throw new IllegalArgumentException("the entity to sign must end in CRLF");
        }
    }
}

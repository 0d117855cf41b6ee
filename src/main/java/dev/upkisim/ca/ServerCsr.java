package dev.upkisim.ca;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/**
 * A PKCS#10 certificate request (RFC 2986) as a server admin hands it in: the PEM text of {@code openssl req},
 * keytool or IIS (RFC 7468 label {@code CERTIFICATE REQUEST}, or the older {@code NEW CERTIFICATE REQUEST} that
 * keytool and IIS write; the END label must match the BEGIN label).
 *
 * <p>A TSV cell cannot hold line breaks (NII: one line is one application), so column 7 carries the PEM on one
 * line. Accepted forms, our choice since NII's page on column 7 only says 「CSR 半角 2048」: the PEM with its line
 * breaks removed ({@code -----BEGIN CERTIFICATE REQUEST-----MIIC…-----END CERTIFICATE REQUEST-----}), with
 * spaces where the breaks were, or with the breaks written as the two characters {@code \n} (or {@code \r\n}).
 * Whitespace and such escapes inside the base64 are ignored; text around the one PEM block is ignored (people
 * paste {@code openssl req -text} output); a second block, bad base64 or DER with trailing bytes is unreadable.
 */
public final class ServerCsr {
    /** Verifies by OID, which the JDK's providers do not all map (the JDK has no KeyFactory "1.2.840.10045.2.1"). */
    private static final BouncyCastleProvider VERIFIER_PROVIDER = new BouncyCastleProvider();
    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN (NEW )?CERTIFICATE REQUEST-----(.*?)-----END (NEW )?CERTIFICATE REQUEST-----", Pattern.DOTALL);
    private final PKCS10CertificationRequest request;

    private ServerCsr(PKCS10CertificationRequest request) {
        this.request = request;
    }

    /** The request in {@code text}, or empty when the text is not one readable PEM certificate request. */
    public static Optional<ServerCsr> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher block = BLOCK.matcher(text);
        if (!block.find() || !String.valueOf(block.group(1)).equals(String.valueOf(block.group(3)))) {
            return Optional.empty();
        }
        String base64 = block.group(2).replace("\\r", "").replace("\\n", "").replaceAll("\\s+", "");
        if (block.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ServerCsr(new PKCS10CertificationRequest(Base64.getDecoder().decode(base64))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The same PEM on one line, without breaks: the form TSV column 7 takes. */
    public static String oneLine(String pem) {
        return pem.replace("\r", "").replace("\n", "").strip();
    }

    /** True when the request's signature verifies with its own public key (RFC 2986 4.2, proof of possession). */
    public boolean signatureValid() {
        try {
            return request.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(VERIFIER_PROVIDER)
                    .build(request.getSubjectPublicKeyInfo()));
        } catch (Exception e) {
            return false;
        }
    }

    public SubjectPublicKeyInfo keyInfo() {
        return request.getSubjectPublicKeyInfo();
    }

    /** The public key as a JDK key (RSA or EC), for {@link CertificateSigner}. */
    public PublicKey publicKey() {
        try {
            String algorithm = keyInfo().getAlgorithm().getAlgorithm().equals(X9ObjectIdentifiers.id_ecPublicKey) ? "EC" : "RSA";
            return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(keyInfo().getEncoded()));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("the CSR's " + ServerKeyPolicy.describe(keyInfo()) + " key cannot be read", e);
        }
    }

    public X500Name subject() {
        return request.getSubject();
    }

    /** The subject's first CN, if any. */
    public Optional<String> commonName() {
        return values(BCStyle.CN).stream().findFirst();
    }

    public List<String> organizationalUnits() {
        return values(BCStyle.OU);
    }

    /** True when the subject has an emailAddress attribute (PKCS#9, {@code E=} / {@code emailAddress=}). */
    public boolean hasEmailAddress() {
        return !values(BCStyle.EmailAddress).isEmpty();
    }

    /**
     * The dNSNames of a subjectAltName in the request's extensionRequest attribute (PKCS#9), for a form that
     * wants to offer them. They are not used for issuance: the certificate names what the application names.
     */
    public List<String> dnsNamesInRequest() {
        List<String> names = new ArrayList<>();
        for (Attribute attribute : request.getAttributes(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest)) {
            for (var value : attribute.getAttrValues()) {
                GeneralNames alternatives = GeneralNames.fromExtensions(Extensions.getInstance(value),
                        Extension.subjectAlternativeName);
                if (alternatives != null) {
                    for (GeneralName name : alternatives.getNames()) {
                        if (name.getTagNo() == GeneralName.dNSName) {
                            names.add(name.getName().toString());
                        }
                    }
                }
            }
        }
        return names;
    }

    public byte[] encoded() {
        try {
            return request.getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> values(ASN1ObjectIdentifier type) {
        List<String> values = new ArrayList<>();
        for (RDN rdn : request.getSubject().getRDNs(type)) {
            for (var attribute : rdn.getTypesAndValues()) {
                if (attribute.getType().equals(type)) {
                    values.add(IETFUtils.valueToString(attribute.getValue()));
                }
            }
        }
        return values;
    }
}

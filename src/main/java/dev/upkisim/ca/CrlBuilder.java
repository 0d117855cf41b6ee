package dev.upkisim.ca;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

/**
 * Builds and signs one X.509 v2 CRL of an issuing CA (RFC 5280 section 5), SHA-256/RSA: issuer = the CA's
 * subject (5.1.2.3), thisUpdate/nextUpdate as given (5.1.2.4, 5.1.2.5 — the caller passes the simulated clock),
 * the authority key identifier (5.2.1) and the CRL number (5.2.3). Each entry carries the serial and revocation
 * date (5.1.2.6), the reason code unless it is unspecified (5.3.1: "the reason code ... SHOULD be absent" then)
 * and the invalidity date (5.3.2). Input in, DER out: nothing here touches the store.
 *
 * <p>The fixed parts are encoded with Bouncy Castle; the entries, which may be a hundred thousand, are written
 * straight to DER ({@link DerWriter}) — the same bytes, several times faster.
 */
public final class CrlBuilder {
    private static final AlgorithmIdentifier SHA256_RSA =
            new AlgorithmIdentifier(PKCSObjectIdentifiers.sha256WithRSAEncryption, DERNull.INSTANCE);
    private static final byte[] INVALIDITY_DATE_PREFIX = oid(Extension.invalidityDate.getId());
    private static final byte[][] REASON_CODES = new byte[11][];

    static {
        for (int reason = 0; reason < REASON_CODES.length; reason++) {
            REASON_CODES[reason] = reasonCode(reason);
        }
    }

    private CrlBuilder() {
    }

    public static byte[] build(Authority issuer, List<RevokedEntry> revoked, BigInteger crlNumber, Instant thisUpdate,
                               Instant nextUpdate) {
        try {
            byte[] algorithm = SHA256_RSA.getEncoded(ASN1Encoding.DER);
            ByteArrayOutputStream tbs = new ByteArrayOutputStream(64 + revoked.size() * 72);
            tbs.writeBytes(DerWriter.integer(BigInteger.ONE)); // v2 (5.1.2.1)
            tbs.writeBytes(algorithm);
            tbs.writeBytes(issuer.certificate().getSubjectX500Principal().getEncoded());
            tbs.writeBytes(DerWriter.time(thisUpdate));
            tbs.writeBytes(DerWriter.time(nextUpdate));
            if (!revoked.isEmpty()) {
                DerWriter.writeTlv(tbs, DerWriter.SEQUENCE, entries(revoked)); // absent when empty (5.1.2.6)
            }
            Extensions extensions = new Extensions(new Extension[] {
                new Extension(Extension.authorityKeyIdentifier, false,
                        new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer.certificate()).getEncoded()),
                new Extension(Extension.cRLNumber, false, new ASN1Integer(crlNumber).getEncoded())});
            tbs.writeBytes(new DERTaggedObject(true, 0, extensions).getEncoded(ASN1Encoding.DER));
            byte[] tbsCertList = DerWriter.tlv(DerWriter.SEQUENCE, tbs.toByteArray());

            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(issuer.privateKey());
            signature.update(tbsCertList);
            byte[] signatureValue = signature.sign();
            byte[] bits = new byte[signatureValue.length + 1]; // no unused bits
            System.arraycopy(signatureValue, 0, bits, 1, signatureValue.length);

            ByteArrayOutputStream crl = new ByteArrayOutputStream(tbsCertList.length + 300);
            crl.writeBytes(tbsCertList);
            crl.writeBytes(algorithm);
            DerWriter.writeTlv(crl, DerWriter.BIT_STRING, bits);
            return DerWriter.tlv(DerWriter.SEQUENCE, crl.toByteArray());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the " + issuer.id() + " CRL", e);
        }
    }

    private static byte[] entries(List<RevokedEntry> revoked) {
        ByteArrayOutputStream all = new ByteArrayOutputStream(revoked.size() * 72);
        ByteArrayOutputStream entry = new ByteArrayOutputStream(96);
        ByteArrayOutputStream extensions = new ByteArrayOutputStream(64);
        for (RevokedEntry revokedEntry : revoked) {
            extensions.reset();
            if (revokedEntry.reason() != CRLReason.unspecified) {
                extensions.writeBytes(REASON_CODES[revokedEntry.reason()]);
            }
            if (revokedEntry.invalidityDate() != null) {
                byte[] value = DerWriter.tlv(DerWriter.OCTET_STRING, DerWriter.generalizedTime(revokedEntry.invalidityDate()));
                byte[] content = new byte[INVALIDITY_DATE_PREFIX.length + value.length];
                System.arraycopy(INVALIDITY_DATE_PREFIX, 0, content, 0, INVALIDITY_DATE_PREFIX.length);
                System.arraycopy(value, 0, content, INVALIDITY_DATE_PREFIX.length, value.length);
                DerWriter.writeTlv(extensions, DerWriter.SEQUENCE, content);
            }
            entry.reset();
            entry.writeBytes(DerWriter.integer(revokedEntry.serial()));
            entry.writeBytes(DerWriter.time(revokedEntry.revokedAt()));
            if (extensions.size() > 0) {
                DerWriter.writeTlv(entry, DerWriter.SEQUENCE, extensions.toByteArray());
            }
            DerWriter.writeTlv(all, DerWriter.SEQUENCE, entry.toByteArray());
        }
        return all.toByteArray();
    }

    /** Extension ::= SEQUENCE { extnID reasonCode, extnValue OCTET STRING { ENUMERATED reason } } (5.3.1). */
    private static byte[] reasonCode(int reason) {
        byte[] value = DerWriter.tlv(DerWriter.OCTET_STRING, DerWriter.tlv(DerWriter.ENUMERATED, new byte[] {(byte) reason}));
        byte[] id = oid(Extension.reasonCode.getId());
        byte[] content = new byte[id.length + value.length];
        System.arraycopy(id, 0, content, 0, id.length);
        System.arraycopy(value, 0, content, id.length, value.length);
        return DerWriter.tlv(DerWriter.SEQUENCE, content);
    }

    private static byte[] oid(String id) {
        try {
            return new org.bouncycastle.asn1.ASN1ObjectIdentifier(id).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

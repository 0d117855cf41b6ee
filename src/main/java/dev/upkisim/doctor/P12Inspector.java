package dev.upkisim.doctor;

import dev.upkisim.core.LocalizedText;
import dev.upkisim.doctor.P12Report.Status;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedData;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.bc.BcDefaultDigestProvider;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagFactory;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.bc.BcPKCS12MacCalculatorBuilderProvider;

/**
 * The P12 doctor (SPEC 1.9): reads a PKCS#12 file (RFC 7292) with or without its password and reports its MAC,
 * how each safe and key bag is encrypted, the bags' friendly names and localKeyIds, and with the password the
 * key, the certificates, the chain and the import verdicts ({@link ImportRules}). Pure: bytes in, report out;
 * Bouncy Castle's PKCS#12 API with lightweight crypto, no JCA provider registered.
 *
 * <p>A wrong password is named as such, with the seed FAQ's reminder of which password it is: the access PIN
 * for a file downloaded from UPKI, the password chosen at export for an exported one.
 */
public final class P12Inspector {
    private P12Inspector() {
    }

    /** @param password {@code null} when none was given: the structure is still reported */
    public static P12Report inspect(byte[] content, char[] password) {
        PKCS12PfxPdu pfx;
        try {
            pfx = new PKCS12PfxPdu(content);
            pfx.getContentInfos();
        } catch (Exception e) {
            return P12Report.refused(Status.NOT_P12, NotP12.explain(content));
        }
        MacInfo mac = MacInfo.of(pfx.toASN1Structure().getMacData());
        char[] usable = password;
        if (pfx.hasMac() && macCheckable(pfx)) {
            char[] candidate = password == null ? new char[0] : password; // no password given: try the empty one
            usable = macAccepts(pfx, candidate) ? candidate : null;
            if (usable == null && password != null) {
                return wrongPassword(mac);
            }
        }
        List<SafeInfo> safes = new ArrayList<>();
        Contents contents = new Contents();
        try {
            for (ContentInfo info : pfx.getContentInfos()) {
                safes.add(safe(info, usable, contents));
            }
        } catch (PKCSException | RuntimeException e) {
            return password != null ? wrongPassword(mac) : P12Report.refused(Status.NOT_P12, NotP12.explain(content));
        }
        List<ImportVerdict> verdicts = ImportRules.judge(contents.protections, mac);
        if (usable == null) {
            return new P12Report(Status.PASSWORD_NEEDED, new LocalizedText(
                    "PKCS#12 ファイルです。鍵と証明書を見るにはパスワードを指定してください。",
                    "A PKCS#12 file. Give its password to see the key and the certificates."),
                    mac, safes, null, List.of(), null, verdicts);
        }
        return Contents.read(contents, mac, safes, verdicts);
    }

    private static P12Report wrongPassword(MacInfo mac) {
        String ja = mac.present() ? "MAC の検証に失敗しました: " + mac.describe() : "MAC がなく、復号に失敗しました";
        String en = mac.present() ? "the MAC check failed (" + mac.describe() + ")" : "there is no MAC and decryption failed";
        return P12Report.refused(Status.WRONG_PASSWORD, new LocalizedText(
                "パスワードが違います（" + ja + "）。UPKI からダウンロードしたファイルなら"
                        + "アクセスPIN（インポート用初期パスワード）、エクスポートしたファイルならエクスポートの際に自分で決めたパスワードです。",
                "Wrong password: " + en + ". For a file downloaded from UPKI the password is"
                        + " the access PIN; for an exported file, the password chosen at export."));
    }

    private static boolean macAccepts(PKCS12PfxPdu pfx, char[] password) {
        try {
            return pfx.isMacValid(new BcPKCS12MacCalculatorBuilderProvider(BcDefaultDigestProvider.INSTANCE), password);
        } catch (PKCSException | RuntimeException e) {
            return false;
        }
    }

    /** False for a MAC this reader cannot compute (PBMAC1, unusual digests): decryption decides then. */
    private static boolean macCheckable(PKCS12PfxPdu pfx) {
        try {
            pfx.isMacValid(new BcPKCS12MacCalculatorBuilderProvider(BcDefaultDigestProvider.INSTANCE), new char[0]);
            return true;
        } catch (PKCSException | RuntimeException e) {
            return false;
        }
    }

    private static SafeInfo safe(ContentInfo info, char[] password, Contents contents) throws PKCSException {
        if (info.getContentType().equals(PKCSObjectIdentifiers.encryptedData)) {
            Protection protection = Protection.of(EncryptedData.getInstance(info.getContent())
                    .getEncryptionAlgorithm());
            contents.protections.add(protection);
            if (password == null) {
                return new SafeInfo(protection, false, List.of());
            }
            return new SafeInfo(protection, true, bags(new PKCS12SafeBagFactory(info, new BagDecryptors(password))
                    .getSafeBags(), protection, password, contents));
        }
        return new SafeInfo(Protection.NONE, true, bags(new PKCS12SafeBagFactory(info).getSafeBags(), Protection.NONE,
                password, contents));
    }

    private static List<BagInfo> bags(PKCS12SafeBag[] bags, Protection safe, char[] password, Contents contents)
            throws PKCSException {
        List<BagInfo> found = new ArrayList<>();
        for (PKCS12SafeBag bag : bags) {
            String name = attribute(bag, PKCS12SafeBag.friendlyNameAttribute);
            String keyId = attribute(bag, PKCS12SafeBag.localKeyIdAttribute);
            if (bag.getType().equals(PKCSObjectIdentifiers.pkcs8ShroudedKeyBag)) {
                PKCS8EncryptedPrivateKeyInfo shrouded = (PKCS8EncryptedPrivateKeyInfo) bag.getBagValue();
                Protection protection = Protection.of(shrouded.getEncryptionAlgorithm());
                contents.protections.add(protection);
                if (password != null) {
                    contents.key(shrouded.decryptPrivateKeyInfo(new BagDecryptors(password)), keyId);
                }
                found.add(new BagInfo("key", protection, name, keyId));
            } else if (bag.getType().equals(PKCSObjectIdentifiers.keyBag)) {
                contents.key((PrivateKeyInfo) bag.getBagValue(), keyId);
                found.add(new BagInfo("key", safe, name, keyId));
            } else if (bag.getType().equals(PKCSObjectIdentifiers.certBag)) {
                if (bag.getBagValue() instanceof X509CertificateHolder certificate) {
                    contents.certificate(certificate, keyId);
                }
                found.add(new BagInfo("certificate", safe, name, keyId));
            } else {
                found.add(new BagInfo(bag.getType().equals(PKCSObjectIdentifiers.crlBag) ? "crl"
                        : bag.getType().equals(PKCSObjectIdentifiers.secretBag) ? "secret" : bag.getType().getId(), safe, name, keyId));
            }
        }
        return found;
    }

    private static String attribute(PKCS12SafeBag bag, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
        for (Attribute attribute : bag.getAttributes() == null ? new Attribute[0] : bag.getAttributes()) {
            if (attribute.getAttrType().equals(type) && attribute.getAttrValues().size() > 0) {
                var value = attribute.getAttrValues().getObjectAt(0);
                if (value instanceof ASN1String text) {
                    return text.getString();
                }
                if (value instanceof ASN1OctetString octets) {
                    return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(octets.getOctets());
                }
                return value.toString();
            }
        }
        return null;
    }
}

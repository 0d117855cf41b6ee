package dev.upkisim.doctor;

import dev.upkisim.ca.Der;
import dev.upkisim.core.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;

/** Says, in plain words, what a file that is not PKCS#12 seems to be: empty, PEM text, a DER certificate, other. */
final class NotP12 {
    private NotP12() {
    }

    static LocalizedText explain(byte[] content) {
        if (content.length == 0) {
            return new LocalizedText("ファイルが空です（0 バイト）。PKCS#12（.p12）ファイルを指定してください。",
                    "The file is empty (0 bytes); give a PKCS#12 (.p12) file.");
        }
        String start = new String(content, 0, Math.min(content.length, 200), StandardCharsets.ISO_8859_1);
        int begin = start.indexOf("-----BEGIN ");
        if (begin >= 0) {
            int end = start.indexOf("-----", begin + 11);
            String label = end > 0 ? start.substring(begin + 11, end) : "?";
            return new LocalizedText("PEM 形式のテキスト（" + label + "）で、PKCS#12 ファイルではありません。"
                    + "PKCS#12 はバイナリです。鍵と証明書から作るには openssl pkcs12 -export を使います。",
                    "This is PEM text (" + label + "), not a PKCS#12 file; PKCS#12 is binary."
                            + " To make one from a key and certificates, use openssl pkcs12 -export.");
        }
        try {
            X509Certificate certificate = Der.certificate(content);
            String subject = certificate.getSubjectX500Principal().getName();
            return new LocalizedText("DER 形式の証明書（" + subject + "）で、PKCS#12 ファイルではありません。秘密鍵が含まれていません。",
                    "This is a DER certificate (" + subject + "), not a PKCS#12 file: it holds no private key.");
        } catch (GeneralSecurityException | RuntimeException e) {
            return new LocalizedText("PKCS#12（.p12）ファイルとして読めません。ファイルが壊れているか、別の形式です。",
                    "This is not a PKCS#12 (.p12) file: it is damaged or in another format.");
        }
    }
}

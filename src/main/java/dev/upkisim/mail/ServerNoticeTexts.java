package dev.upkisim.mail;

import static dev.upkisim.mail.NoticeBlocks.dn;
import static dev.upkisim.mail.NoticeBlocks.value;

/**
 * The body of the server certificate notice (SPEC 1.4 style): to the admin of TSV column 10, Japanese only like
 * the acquisition notice, with the same headed blocks — {@code 【対象証明書DN】} one RDN a line, repeating column 1
 * exactly, and {@code 【対象証明書シリアル番号】} in decimal — then the names, the validity and the certificate with
 * its intermediate CA as PEM (the real service hands the certificate over by a one-time download URL; the
 * simulator puts it in the mail, and the portal offers the chain through {@code ServerCertificates}).
 */
final class ServerNoticeTexts {

    private ServerNoticeTexts() {
    }

    static String issued(Notices.ServerIssued notice, NoticeSender sender) {
        StringBuilder names = new StringBuilder("【dNSName】\n");
        notice.dnsNames().forEach(name -> names.append(NoticeBlocks.INDENT).append(name).append('\n'));
        return "利用管理者 様\n\n"
                + "UPKI電子証明書発行サービスです。\n"
                + "申請いただいた下記のサーバ証明書を発行しましたので、お知らせします。\n"
                + "証明書と中間CA証明書をサーバに設定してください。秘密鍵はCSRを作成したサーバにあります。\n\n"
                + dn("対象証明書DN", notice.dn()) + "\n"
                + value("対象証明書シリアル番号", notice.serial()) + "\n"
                + names + "\n"
                + value("有効期間", NoticeBlocks.expiry(notice.notBefore()) + " から "
                        + NoticeBlocks.expiry(notice.notAfter()) + " まで") + "\n"
                + "【証明書（PEM形式）】\n" + notice.certificatePem().strip() + "\n\n"
                + "【中間CA証明書（PEM形式）】\n" + notice.caCertificatePem().strip() + "\n\n"
                + NoticeFooter.ja(sender);
    }
}

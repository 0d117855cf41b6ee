package dev.upkisim.mail;

import static dev.upkisim.mail.NoticeBlocks.dn;
import static dev.upkisim.mail.NoticeBlocks.dnEn;
import static dev.upkisim.mail.NoticeBlocks.value;
import static dev.upkisim.mail.NoticeBlocks.valueEn;

/**
 * Bodies of the mails about an issued certificate (SPEC 1.4): acquired, renewed (and the reminder to revoke the
 * old one), revoked. Acquisition, renewal and reminder are Japanese only; the revocation notice is bilingual and
 * its Japanese part ends right before {@link NoticeTemplates#CONTACT_LINE}, where real clients cut it before
 * matching {@code 【失効証明書DN】}.
 */
final class CertificateNoticeTexts {
    private static final String TO_RA_AND_ADMIN = "登録担当者 様\n利用管理者 様\n\n";

    private CertificateNoticeTexts() {
    }

    static String acquisition(Notices.Acquisition notice, NoticeSender sender) {
        return TO_RA_AND_ADMIN
                + "UPKI電子証明書発行サービスです。\n"
                + "下記のクライアント証明書が利用者により取得されましたので、お知らせします。\n\n"
                + dn("対象証明書DN", notice.dn()) + "\n"
                + value("対象証明書シリアル番号", notice.serial()) + "\n"
                + NoticeFooter.ja(sender);
    }

    static String renewal(Notices.Renewal notice, NoticeSender sender) {
        return TO_RA_AND_ADMIN
                + "UPKI電子証明書発行サービスです。\n"
                + "更新申請により発行された下記のクライアント証明書が利用者により取得されましたので、お知らせします。\n\n"
                + renewedBlocks(notice)
                + "旧証明書は自動では失効しません。旧証明書が不要になりましたら、添付の失効申請用ファイル\n"
                + "（" + RevocationTsv.fileName(notice.oldSerial()) + "）を支援システムにアップロードし、"
                + "失効申請を行ってください。\n"
                + "旧証明書が有効なまま2週間が経過した場合は、改めてお知らせします。\n\n"
                + NoticeFooter.ja(sender);
    }

    static String revokeReminder(Notices.Renewal notice, NoticeSender sender) {
        return TO_RA_AND_ADMIN
                + "UPKI電子証明書発行サービスです。\n"
                + "下記のクライアント証明書は更新済みですが、旧証明書がまだ失効されていません。\n"
                + "旧証明書が不要であれば、添付の失効申請用ファイル（" + RevocationTsv.fileName(notice.oldSerial())
                + "）を\n支援システムにアップロードし、失効申請を行ってください。\n\n"
                + renewedBlocks(notice)
                + NoticeFooter.ja(sender);
    }

    static String revocation(Notices.Revocation notice, NoticeSender sender) {
        return "（日本語の後に英語の案内があります。）\n(English follows Japanese.)\n\n"
                + "UPKI電子証明書発行サービスです。\n"
                + "下記のクライアント証明書の失効処理が完了しました。\n"
                + "失効した証明書は、今後ご利用いただけません。\n\n"
                + dn("失効証明書DN", notice.dn()) + "\n"
                + value("失効証明書シリアル番号", notice.serial()) + "\n"
                + value("失効理由", RevocationReasons.japanese(notice.reasonCode())) + "\n"
                + NoticeFooter.contactJa() + "\n"
                + NoticeFooter.ja(sender)
                + NoticeFooter.languageBreak()
                + "This is the UPKI certificate issuance service.\n"
                + "The revocation of the client certificate below has been completed.\n"
                + "The revoked certificate can no longer be used.\n\n"
                + dnEn("Revoked certificate DN", notice.dn()) + "\n"
                + valueEn("Revoked certificate serial number", notice.serial()) + "\n"
                + valueEn("Revocation reason", RevocationReasons.english(notice.reasonCode())) + "\n"
                + NoticeFooter.contactEn() + "\n"
                + NoticeFooter.en(sender);
    }

    private static String renewedBlocks(Notices.Renewal notice) {
        return dn("対象証明書DN", notice.dn()) + "\n"
                + value("新証明書シリアル番号", notice.newSerial()) + "\n"
                + value("旧証明書のシリアル番号", notice.oldSerial()) + "\n";
    }
}

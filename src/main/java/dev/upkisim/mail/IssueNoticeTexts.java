package dev.upkisim.mail;

import static dev.upkisim.mail.NoticeBlocks.dn;
import static dev.upkisim.mail.NoticeBlocks.dnEn;
import static dev.upkisim.mail.NoticeBlocks.expiry;
import static dev.upkisim.mail.NoticeBlocks.url;
import static dev.upkisim.mail.NoticeBlocks.urlEn;
import static dev.upkisim.mail.NoticeBlocks.value;
import static dev.upkisim.mail.NoticeBlocks.valueEn;

/**
 * Bodies of the mails that hand out one-time URLs when certificates are ready (SPEC 1.3, 1.4): the access-PIN
 * notice, the acceptance notice, and their bulk P12 forms. Each URL is the first URL of its mail, alone on its
 * line; the URLs are valid for the period the caller gives (one month in the real service).
 */
final class IssueNoticeTexts {
    private static final String ENGLISH_FOLLOWS = "（日本語の後に英語の案内があります。）\n(English follows Japanese.)\n\n";

    private IssueNoticeTexts() {
    }

    static String accessPin(Notices.AccessPin notice, NoticeSender sender) {
        return "利用管理者 様\n\n"
                + "UPKI電子証明書発行サービスをご利用いただき、ありがとうございます。\n"
                + "クライアント証明書の発行申請を受け付け、アクセスPINを発行しました。\n"
                + "下記のURLにアクセスし、アクセスPINを取得してください。\n\n"
                + url("アクセスPIN取得URL", notice.pinUrl()) + "\n"
                + value("URLの有効期限", expiry(notice.urlExpires())) + "\n"
                + dn("対象証明書DN", notice.dn()) + "\n"
                + "※アクセスPIN取得URLは一度だけ有効です。アクセスPINを取得すると無効になります。\n"
                + "※取得したアクセスPINは、証明書の利用者へ安全な方法でお渡しください。\n"
                + "※利用者宛ての証明書取得URLは、アクセスPINの取得後に利用できるようになります。\n\n"
                + NoticeFooter.ja(sender);
    }

    static String acceptance(Notices.IssueAcceptance notice, NoticeSender sender) {
        String expires = expiry(notice.urlExpires());
        return ENGLISH_FOLLOWS
                + "UPKI電子証明書発行サービスです。\n"
                + "あなたのクライアント証明書の発行申請を受け付けました。\n"
                + "下記のURLから証明書を取得してください。\n\n"
                + url("証明書取得URL", notice.certificateUrl()) + "\n"
                + value("URLの有効期限", expires) + "\n"
                + dn("対象証明書DN", notice.dn()) + "\n"
                + "※証明書の取得には、利用管理者からお知らせするアクセスPINが必要です。\n"
                + "※証明書を取得できるのは一度だけです。「発行」ボタンは一度だけ押し、処理が終わるまで\n"
                + "　画面の再読み込みやブラウザの「戻る」を行わないでください。\n\n"
                + NoticeFooter.contactJa() + "\n"
                + NoticeFooter.ja(sender)
                + NoticeFooter.languageBreak()
                + "This is the UPKI certificate issuance service.\n"
                + "The application for your client certificate has been accepted.\n"
                + "Please obtain your certificate from the URL below.\n\n"
                + urlEn("Certificate URL", notice.certificateUrl()) + "\n"
                + valueEn("URL valid until", expires) + "\n"
                + dnEn("Certificate DN", notice.dn()) + "\n"
                + "* To obtain the certificate you need the access PIN, which your administrator gives you.\n"
                + "* The certificate can be obtained only once. Press the issue button (\"発行\") only once\n"
                + "  and do not reload the page or go back in the browser until it has finished.\n\n"
                + NoticeFooter.contactEn() + "\n"
                + NoticeFooter.en(sender);
    }

    static String bulkPin(Notices.BulkPin notice, NoticeSender sender) {
        return "利用管理者 様\n\n"
                + "UPKI電子証明書発行サービスをご利用いただき、ありがとうございます。\n"
                + "P12一括ダウンロードで申請されたクライアント証明書のアクセスPINを発行しました。\n"
                + "下記のURLにアクセスし、アクセスPINの一覧を取得してください。\n\n"
                + url("アクセスPIN取得URL", notice.pinUrl()) + "\n"
                + value("URLの有効期限", expiry(notice.urlExpires())) + "\n"
                + value("対象証明書数", notice.certificates()) + "\n"
                + "※アクセスPIN取得URLは一度だけ有効です。アクセスPINを取得すると無効になります。\n"
                + "※証明書（P12ファイル）の一括取得URLは、別のメールでお知らせします。\n"
                + "　一括取得URLは、アクセスPINの取得後に利用できるようになります。\n\n"
                + NoticeFooter.ja(sender);
    }

    static String bulkP12(Notices.BulkP12 notice, NoticeSender sender) {
        String expires = expiry(notice.urlExpires());
        return ENGLISH_FOLLOWS
                + "利用管理者 様\n\n"
                + "UPKI電子証明書発行サービスです。\n"
                + "P12一括ダウンロードで申請されたクライアント証明書の発行申請を受け付けました。\n"
                + "下記のURLから、証明書（P12ファイル）と一覧（client.txt）をまとめたZIPファイルを取得してください。\n\n"
                + url("証明書一括取得URL", notice.downloadUrl()) + "\n"
                + value("URLの有効期限", expires) + "\n"
                + value("対象証明書数", notice.certificates()) + "\n"
                + "※このURLは、アクセスPIN発行通知のURLからアクセスPINを取得した後に利用できます。\n"
                + "※ZIPファイルを取得できるのは一度だけです。\n\n"
                + NoticeFooter.contactJa() + "\n"
                + NoticeFooter.ja(sender)
                + NoticeFooter.languageBreak()
                + "This is the UPKI certificate issuance service.\n"
                + "The applications for client certificates with bulk P12 download have been accepted.\n"
                + "Please download the ZIP file with the certificates (P12 files) and their list\n"
                + "(client.txt) from the URL below.\n\n"
                + urlEn("Bulk download URL", notice.downloadUrl()) + "\n"
                + valueEn("URL valid until", expires) + "\n"
                + valueEn("Certificates", notice.certificates()) + "\n"
                + "* The URL works once the access PINs were fetched from the access PIN notice.\n"
                + "* The ZIP file can be downloaded only once.\n\n"
                + NoticeFooter.contactEn() + "\n"
                + NoticeFooter.en(sender);
    }
}

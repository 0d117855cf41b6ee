package dev.upkisim.web.jupki;

import dev.upkisim.core.Language;
import java.util.HashMap;
import java.util.Map;

/**
 * Every fixed text of the portal in Japanese and English (SPEC 1.5: the real screens are bilingual), so that
 * a page is wholly in one language: pages ask for a key, never write a literal.
 */
final class PortalText {
    private static final Map<String, String[]> TEXTS = new HashMap<>();

    static {
        put("system", "電子証明書管理システム", "Certificate Management System");
        put("home", "ホーム", "Home");
        put("apply", "新規申請/更新申請", "Apply / renew");
        put("server", "サーバ証明書", "Server certificates");
        put("staff", "センター管理", "Centre administration");
        put("help", "ヘルプ", "Help");
        put("logout", "ログアウト", "Log out");
        put("login", "ログイン", "Log in");
        put("username", "ユーザ名", "User name");
        put("password", "パスワード", "Password");
        put("login.failed", "ユーザ名またはパスワードが正しくありません。", "The user name or password is not correct.");
        put("login.intro", "ユーザ名とパスワードを入力してログインしてください。", "Log in with your user name and password.");
        put("campus.only", "このシステムは学内ネットワークからのみ利用できます。学外からはSSL-VPN接続をご利用ください。",
                "This system can be used from the campus network only. From outside, connect through the SSL-VPN first.");
        put("maintenance", "障害・メンテナンス", "Outages and maintenance");
        put("maintenance.none", "現在予定されているメンテナンスはありません。", "No maintenance is scheduled.");
        put("maintenance.now", "実施中", "Now");
        put("maintenance.coming", "予定", "Scheduled");
        put("maintenance.page", "システムメンテナンス中", "Under maintenance");
        put("maintenance.page.intro", "ただいまシステムメンテナンスのため、電子証明書管理システムをご利用いただけません。",
                "The Certificate Management System is not available during maintenance.");
        put("maintenance.page.what", "作業内容", "Work");
        put("maintenance.page.period", "停止期間", "Period");
        put("maintenance.page.retry", "終了後にあらためてアクセスしてください。受付済みの申請は、終了後に処理が再開されます。",
                "Please come back after it ends. Applications already received are processed once it is over.");
        put("my.certificates", "あなたの電子証明書", "Your certificates");
        put("none.yet", "電子証明書はまだありません。「新規申請/更新申請」から申請してください。",
                "You have no certificate yet. Apply under “Apply / renew”.");
        put("col.status", "状態", "Status");
        put("col.serial", "シリアル番号", "Serial number");
        put("col.validity", "有効期間", "Validity");
        put("col.profile", "種別", "Type");
        put("col.pin", "アクセスPIN（インポート用初期パスワード）", "Access PIN (initial import password)");
        put("col.actions", "操作", "Actions");
        put("status.pending", "申請中", "Being processed");
        put("status.valid", "有効", "Valid");
        put("status.revoked", "失効", "Revoked");
        put("status.expired", "期限切れ", "Expired");
        put("status.error", "エラー", "Error");
        put("download", "証明書をダウンロード", "Download the certificate");
        put("revoke", "失効申請", "Revoke");
        put("renew", "更新申請", "Renew");
        put("profile.client", "クライアント証明書", "Client certificate");
        put("profile.smime", "S/MIME証明書", "S/MIME certificate");
        put("processing.notice", "発行処理が終わるまで30分程度かかる場合があります。1時間以上かかる場合もあります。しばらくしてからページを更新してください。",
                "Processing can take about 30 minutes, sometimes more than an hour. Refresh this page later.");
        put("stuck.notice", "発行処理に失敗しています。数時間待っても処理が終わらない場合は、センターまでご連絡ください。",
                "Issuance failed. If it has not finished after a few hours, please contact the centre.");
        put("confirm", "確認", "Confirm");
        put("submit", "申請する", "Submit");
        put("back", "戻る", "Back");
        put("confirm.heading", "申請内容の確認", "Please confirm your application");
        put("applied", "申請を受け付けました。", "Your application has been received.");
        put("apply.heading", "電子証明書の新規申請/更新申請", "Apply for or renew a certificate");
        put("apply.type", "証明書の種類", "Certificate type");
        put("apply.renews", "更新する証明書", "Certificate to renew");
        put("apply.new", "新規", "New");
        put("revoke.heading", "電子証明書の失効申請", "Revoke a certificate");
        put("revoke.reason", "失効理由", "Reason");
        put("revoke.comment", "コメント", "Comment");
        put("revoke.done", "失効申請を受け付けました。", "Your revocation request has been received.");
        put("reason.1", "鍵の危殆化（秘密鍵の漏えい・紛失）", "Key compromise (the private key was leaked or lost)");
        put("reason.3", "所属の変更", "Change of affiliation");
        put("reason.4", "証明書の更新", "Superseded by a new certificate");
        put("reason.5", "利用の終了", "No longer needed");
        put("reason.0", "その他（コメントに記入）", "Other (explain in the comment)");
        put("name", "氏名", "Name");
        put("email", "メールアドレス", "E-mail address");
        put("affiliation", "所属", "Affiliation");
        put("error.heading", "エラー", "Error");
        put("error.notfound", "指定されたページまたは証明書は見つかりません。", "The page or certificate was not found.");
        put("error.forbidden", "この操作を行う権限がありません。", "You are not allowed to do this.");
        put("error.csrf", "画面の有効期限が切れたか、不正な送信です。もう一度操作してください。",
                "The form expired or was not sent from this system. Please try again.");
        put("error.general", "処理中にエラーが発生しました。", "Something went wrong.");
        put("error.login", "ログインしてください。", "Please log in.");
        put("staff.heading", "申請一覧（所属機関）", "Applications of the institution");
        put("staff.reset", "リセット", "Reset");
        put("staff.reset.done", "申請をリセットしました。利用者に新しいURLを送信しました。",
                "The application was reset; the user was sent a new URL.");
        put("staff.member", "利用者の証明書", "Certificates of a member");
        put("col.application", "申請ID", "Application");
        put("col.user", "利用者", "User");
        put("col.state", "処理状態", "Processing state");
        put("col.history", "履歴", "History");
        put("col.kind", "申請種別", "Kind");
        put("download.heading", "証明書のダウンロード", "Certificate download");
        put("download.intro", "国立情報学研究所のページに移動します。「発行」ボタンは一度だけ押し、画面が切り替わるまでお待ちください。",
                "You are taken to the NII page. Press 「発行」 only once and wait until the page changes.");
        put("download.go", "NIIの証明書発行ページへ", "To the NII issuance page");
    }

    private PortalText() {
    }

    private static void put(String key, String ja, String en) {
        TEXTS.put(key, new String[] {ja, en});
    }

    static String get(Language language, String key) {
        String[] text = TEXTS.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no portal text '" + key + "'");
        }
        return text[language == Language.EN ? 1 : 0];
    }
}

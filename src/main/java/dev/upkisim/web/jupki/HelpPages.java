package dev.upkisim.web.jupki;

import dev.upkisim.ca.CaHierarchy;
import dev.upkisim.ca.CaRole;
import dev.upkisim.ca.Fingerprints;
import dev.upkisim.core.Language;
import dev.upkisim.web.Html;
import java.util.List;

/**
 * Help following the seed's FAQ (SPEC 1.5): checking an imported certificate in Firefox, Edge, Safari and
 * Thunderbird; which certificates cannot be used although imported; the root's SHA-1 fingerprint in the FAQ's
 * format — the simulator's real one —; the three different passwords; iOS import and the TripleDES-SHA1 advice;
 * the double-click warning.
 */
final class HelpPages {
    private HelpPages() {
    }

    static String render(PortalRequest request, CaHierarchy hierarchy) {
        boolean ja = request.language() == Language.JA;
        String root = hierarchy.root().certificate().getSubjectX500Principal().getName();
        String client = hierarchy.get(CaRole.CLIENT).certificate().getSubjectX500Principal().getName();
        String sha1 = Fingerprints.sha1(hierarchy.root().certificate());
        StringBuilder body = new StringBuilder();
        section(body, "check", ja ? "電子証明書がインポートされているか確認するには" : "Checking that a certificate is imported",
                ja ? List.of(
                        "Firefox: 「設定」→「プライバシーとセキュリティ」→「証明書を表示」を押し、「あなたの証明書」タブを確認します。",
                        "Microsoft Edge: 「設定」→「プライバシー、検索、サービス」→「セキュリティ」の「証明書の管理」を開き、「個人」タブを確認します。",
                        "Safari (macOS): 「キーチェーンアクセス」を開き、「自分の証明書」を選ぶと、使えるクライアント証明書が表示されます。",
                        "Thunderbird: 「設定」→「プライバシーとセキュリティ」→「証明書を管理」を押し、「あなたの証明書」タブを確認します。")
                        : List.of(
                        "Firefox: Settings → Privacy & Security → View Certificates, tab “Your Certificates”.",
                        "Microsoft Edge: Settings → Privacy, search, and services → Security → Manage certificates, tab “Personal”.",
                        "Safari (macOS): open Keychain Access and choose “My Certificates”.",
                        "Thunderbird: Settings → Privacy & Security → Manage Certificates, tab “Your Certificates”."));
        paragraph(body, ja ? "インポートされていても、失効した証明書、有効期限切れの証明書、他人の証明書、メールアドレス変更前に取得した証明書は利用できません。"
                : "Even when imported, a revoked certificate, an expired one, someone else's, or one obtained before your e-mail address changed cannot be used.");
        section(body, "fingerprint", ja ? "ルート証明書の指紋（macOSで「信頼されていません」と表示される場合）"
                : "The root certificate's fingerprint (when macOS says “not trusted”)",
                ja ? List.of("クライアント証明書をインポートすると、ルート証明書も同時にインポートされます。",
                        "「" + root + "」の［詳細な情報］を開き、「指紋 SHA-1」が次の値であることを確認してから、信頼設定を［常に信頼］に変更してください。")
                        : List.of("Importing your client certificate also imports the root certificate.",
                        "Open “" + root + "”, show the details, check that its SHA-1 fingerprint is the value below, then set its trust to “Always Trust”."));
        body.append("<p class=\"serial\" id=\"root-sha1\">").append(sha1).append("</p>");
        paragraph(body, (ja ? "中間認証局: " : "Issuing CA: ") + client);
        section(body, "passwords", ja ? "「パスワード」とは" : "Which password?", ja ? List.of(
                        "【STEP1】認証情報パスワードを入力 の画面が表示された場合は、証明書の発行に失敗しています。ユーザ名と画面のスクリーンショットを添えてセンターまでご連絡ください。",
                        "ダウンロードした証明書ファイルをインポートするときのパスワードは、このシステムのホームに表示されるアクセスPIN（インポート用初期パスワード）です。",
                        "ブラウザからエクスポートしたファイルのパスワードは、エクスポートのときにご自身で決めたものです。",
                        "macOSで「キーチェーンのパスワードを入力してください」と表示された場合は、macOSのログインパスワードです。アカウントのパスワードやアクセスPINではありません。")
                        : List.of(
                        "If the NII page shows 【STEP1】 asking for a password, issuance has failed: contact the centre with your user name and a screenshot.",
                        "To import the downloaded file, the password is the access PIN (initial import password) shown on your home page here.",
                        "For a file you exported from a browser, it is the password you chose when exporting.",
                        "When macOS asks for your keychain password, it is your macOS login password — not your account password, not the access PIN."));
        section(body, "ios", ja ? "iPhone/iPad にインポートできない場合" : "Cannot import on an iPhone or iPad", ja ? List.of(
                        "Safariで証明書ファイルをダウンロードしてください。ほかのアプリでは画面が表示されない場合があります。",
                        "エクスポートした証明書で「パスワードが違います」となる場合は、エクスポート時の暗号化方式が「TripleDES-SHA1」であることを確認してください。「AES256-SHA256」ではiOS/iPadOSにインポートできない場合があります。")
                        : List.of(
                        "Download the certificate file in Safari; other apps may not show the import dialogue.",
                        "If an exported certificate is refused with “wrong password”, export it with “TripleDES-SHA1” encryption: “AES256-SHA256” files may not import on iOS/iPadOS."));
        section(body, "double-click", ja ? "発行の処理が終わらない場合" : "When issuance does not finish", ja ? List.of(
                        "処理には10分程度から1時間以上かかる場合があります。メンテナンス中は処理が行われません。",
                        "NIIの画面で［発行］を複数回押したり、ブラウザの「戻る」を使ったりすると、発行に失敗することがあります。ボタンは一度だけ押し、反応があるまでお待ちください。",
                        "数時間待っても処理が終わらない場合は、センターまでご連絡ください。")
                        : List.of(
                        "Processing takes from about ten minutes to over an hour, and stops during maintenance.",
                        "Pressing 「発行」 more than once on the NII page, or going back in the browser, can make issuance fail. Press it once and wait.",
                        "If it has not finished after a few hours, contact the centre."));
        return PortalLayout.page(request, request.text("help"), body.toString());
    }

    private static void section(StringBuilder body, String id, String title, List<String> items) {
        body.append("<div class=\"box\" id=\"help-").append(id).append("\"><h2>").append(Html.escape(title)).append("</h2><ul>");
        items.forEach(item -> body.append("<li>").append(Html.escape(item)).append("</li>"));
        body.append("</ul></div>");
    }

    private static void paragraph(StringBuilder body, String text) {
        body.append("<p>").append(Html.escape(text)).append("</p>");
    }
}

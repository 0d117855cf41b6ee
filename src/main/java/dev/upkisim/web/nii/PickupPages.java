package dev.upkisim.web.nii;

import dev.upkisim.core.Application;
import dev.upkisim.web.Html;
import dev.upkisim.workflow.OneTimeUrls;
import dev.upkisim.workflow.Pickup;
import java.util.List;

/**
 * The pages behind the mailed one-time URLs (SPEC 1.3): the PIN and bulk entrances, 【STEP1】認証情報パスワードを入力,
 * 【STEP2】証明書を発行 (one 「発行」 button), 【STEP3】 with the P12 download, and the real-style refusals.
 */
final class PickupPages {
    static final String STEP1 = "【STEP1】認証情報パスワードを入力";
    static final String STEP2 = "【STEP2】証明書を発行";
    static final String STEP3 = "【STEP3】証明書をダウンロード";
    static final String D = OneTimeUrls.DOWNLOAD;

    private PickupPages() {
    }

    /** The PIN (or bulk PIN, bulk P12) entrance: what the URL is for, and a form to the next step. */
    static byte[] entrance(String heading, String formName, String action, String button, Pickup.Entrance entrance) {
        return NiiPage.render(heading, applicationsTable(entrance.applications())
                + "<form name=\"" + formName + "\" method=\"post\" action=\"" + action + "\">\n"
                + NiiPage.hidden("p1", entrance.token()) + "\n<input type=\"submit\" value=\"" + button + "\">\n</form>");
    }

    static byte[] step1(Pickup.Step1 step) {
        String error = step.failed() ? "<p class=\"error\">認証情報パスワードが正しくありません。</p>\n" : "";
        return NiiPage.render(STEP1, error
                + NiiPage.paragraph("証明書を取得するには、認証情報パスワード（アクセスPIN）を入力してください。")
                + "<form name=\"SPEntranceCliForm\" method=\"post\" action=\"" + D + "/spEntranceCli.do\">\n"
                + NiiPage.hidden("p1", step.certificateToken()) + "\n"
                + "<table><tr><th>認証情報パスワード</th><td><input type=\"password\" name=\"passwd\" autocomplete=\"off\">"
                + "</td></tr></table>\n<input type=\"submit\" value=\"次へ\">\n</form>");
    }

    static byte[] step2(Pickup.Step2 step) {
        return NiiPage.render(STEP2, applicationsTable(List.of(step.application()))
                + NiiPage.paragraph("「発行」ボタンを押すと証明書が発行されます。ボタンは一度だけ押し、画面が切り替わるまでお待ちください。")
                + "<form name=\"SPIssueCliForm\" method=\"post\" action=\"" + D + "/spIssueCli.do\">\n"
                + NiiPage.hidden("sessionId", step.sessionToken()) + "\n<input type=\"submit\" value=\"発行\">\n</form>");
    }

    static byte[] step3(Pickup.Step3 step) {
        return NiiPage.render(STEP3, NiiPage.paragraph("証明書が発行されました。下のリンクから証明書ファイル（P12）をダウンロードしてください。"
                        + "ダウンロードは一度だけ行えます。インポート時のパスワードはアクセスPINです。")
                + "<p><a id=\"download\" href=\"" + D + "/spDLCli.do?p1=" + Html.escape(step.downloadToken())
                + "\">証明書をダウンロード</a></p>");
    }

    static byte[] refused(Pickup.Refused refused) {
        String message = switch (refused.reason()) {
            case UNKNOWN -> "指定されたURLは無効です。メールに記載されたURLをご確認ください。";
            case USED -> "指定されたURLは既に使用されています。";
            case EXPIRED -> "指定されたURLは有効期限が切れています。";
            case PIN_NOT_FETCHED -> "アクセスPINが取得されていないため、このURLはまだ利用できません。利用管理者にお問い合わせください。";
            case WRONG_PASSWORD -> "認証情報パスワードが正しくありません。";
            case ALREADY_DOWNLOADED -> "この証明書は既にダウンロードされています。";
        };
        return NiiPage.render("エラー", "<p class=\"error\">" + Html.escape(message) + "</p>");
    }

    private static String applicationsTable(List<Application> applications) {
        StringBuilder table = new StringBuilder("<table>\n<tr><th>氏名</th><th>メールアドレス</th><th>主体者DN</th></tr>\n");
        for (Application application : applications) {
            var request = application.request();
            table.append("<tr><td>").append(Html.escape(request.userName())).append("</td><td>")
                    .append(Html.escape(request.userEmail())).append("</td><td>").append(Html.escape(request.subjectDn()))
                    .append("</td></tr>\n");
        }
        return table.append("</table>\n").toString();
    }
}

package dev.upkisim.web.nii;

import dev.upkisim.core.ApplyType;
import dev.upkisim.web.Html;
import dev.upkisim.workflow.UploadReport;

/**
 * The RA's pages (SPEC 1.2, real markup contract): the {@code SSLLogin.do} frameset with frame {@code hidari},
 * the menu's {@code MainMenuForm} with {@code forwardName}, the {@code SP1011} upload form, and the result page.
 */
final class UploadPages {
    static final String LRA = "/upki-odcert/lra";
    static final String SUCCESS_ISSUE = "クライアント証明書　発行・更新申請完了画面";
    static final String SUCCESS_REVOKE = "クライアント証明書　失効申請完了画面";
    static final String ERROR = "クライアント証明書　発行・更新・失効申請エラー画面";
    static final String DONE = "ファイルのアップロード処理が完了しました。";

    private UploadPages() {
    }

    static byte[] frameset() {
        return EucJp.encode("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Frameset//EN\">\n<html lang=\"ja\"><head>\n"
                + "<meta http-equiv=\"Content-Type\" content=\"" + EucJp.CONTENT_TYPE + "\">\n<title>" + NiiPage.TITLE
                + "</title>\n</head>\n<frameset cols=\"230,*\">\n"
                + "<frame name=\"hidari\" src=\"" + LRA + "/MainMenu.do\">\n"
                + "<frame name=\"migi\" src=\"" + LRA + "/Welcome.do\">\n"
                + "<noframes><body><a href=\"" + LRA + "/MainMenu.do\">メニュー</a></body></noframes>\n</frameset>\n</html>\n");
    }

    static byte[] welcome(String institutionName) {
        return NiiPage.render("ようこそ", NiiPage.paragraph(institutionName + " 登録担当者様")
                + NiiPage.paragraph("左のメニューから処理を選択してください。"));
    }

    static byte[] menu() {
        return NiiPage.render("メニュー", "<form name=\"MainMenuForm\" method=\"post\" action=\"" + LRA
                + "/MainMenu.do\" target=\"migi\">\n" + NiiPage.hidden("forwardName", "") + "\n<ul>\n"
                + "<li><a href=\"#\" onclick=\"document.MainMenuForm.forwardName.value='SP1011';"
                + "document.MainMenuForm.submit();return false;\">クライアント証明書発行・更新・失効申請</a></li>\n"
                + "<li><a href=\"" + LRA + "/syomeiDL_S_Cli.do\" target=\"migi\">クライアント証明書情報ダウンロード</a></li>\n"
                + "</ul>\n</form>");
    }

    static byte[] uploadForm() {
        return NiiPage.render("クライアント証明書　発行・更新・失効申請",
                "<form name=\"SP1011\" method=\"post\" enctype=\"multipart/form-data\" action=\"" + LRA + "/SP1011.do\">\n"
                        + "<table>\n<tr><th>申請種別</th><td><select name=\"applyType\">\n"
                        + "<option value=\"1\" selected>発行</option>\n<option value=\"2\">更新</option>\n"
                        + "<option value=\"3\">失効</option>\n</select></td></tr>\n"
                        + "<tr><th>エラー時の処理</th><td>\n"
                        + "<label><input type=\"radio\" name=\"errorFlg\" value=\"1\" checked>エラーがある場合は全件処理しない</label><br>\n"
                        + "<label><input type=\"radio\" name=\"errorFlg\" value=\"2\">エラーのない申請のみ処理する</label></td></tr>\n"
                        + "<tr><th>申請ファイル</th><td><input type=\"file\" name=\"file\"></td></tr>\n</table>\n"
                        + "<p><input type=\"submit\" value=\"アップロード\"></p>\n</form>");
    }

    static byte[] result(UploadReport report) {
        boolean success = report.allOk();
        String heading = !success ? ERROR : report.applyType() == ApplyType.REVOKE ? SUCCESS_REVOKE : SUCCESS_ISSUE;
        StringBuilder body = new StringBuilder();
        if (success) {
            body.append(NiiPage.paragraph(DONE));
        } else if (report.processed()) {
            body.append(NiiPage.paragraph(DONE)).append(NiiPage.paragraph("エラーのある申請は処理されていません。"));
        } else {
            body.append("<p class=\"error\">申請ファイルにエラーがあるため、処理を中止しました。</p>\n");
        }
        for (String error : report.fileErrors()) {
            body.append("<p class=\"error\">").append(Html.escape(error)).append("</p>\n");
        }
        body.append("<table id=\"result\">\n<tr><th>SEQ</th><th>処理結果</th><th>エラー内容</th><th>機関名</th>"
                + "<th>所属名</th><th>氏名</th><th>メールアドレス</th></tr>\n");
        for (UploadReport.Line line : report.lines()) {
            body.append("<tr><td>").append(line.seq()).append("</td><td>").append(line.ok() ? "OK" : "NG")
                    .append("</td><td>").append(line.errors().stream().map(Html::escape).collect(java.util.stream.Collectors.joining("<br>")))
                    .append("</td><td>").append(Html.escape(line.institutionName()))
                    .append("</td><td>").append(Html.escape(line.affiliation()))
                    .append("</td><td>").append(Html.escape(line.name()))
                    .append("</td><td>").append(Html.escape(line.email())).append("</td></tr>\n");
        }
        body.append("</table>");
        return NiiPage.render(heading, body.toString());
    }
}

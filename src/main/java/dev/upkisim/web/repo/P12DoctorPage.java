package dev.upkisim.web.repo;

import dev.upkisim.core.Language;
import dev.upkisim.doctor.BagInfo;
import dev.upkisim.doctor.CertificateInfo;
import dev.upkisim.doctor.ImportVerdict;
import dev.upkisim.doctor.P12Report;
import dev.upkisim.doctor.SafeInfo;
import dev.upkisim.web.Html;
import dev.upkisim.web.PageLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The P12 doctor's page: the upload form, then the report or an error message, in Japanese or English. */
final class P12DoctorPage {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z").withZone(ZoneId.of("Asia/Tokyo"));

    private P12DoctorPage() {
    }

    static String render(Language language, P12Report report, String error) {
        boolean ja = language == Language.JA;
        StringBuilder body = new StringBuilder("<p>").append(ja
                ? "PKCS#12（.p12）ファイルの暗号方式、MAC、証明書チェーン、指紋と、各環境でインポートできるかを調べます。ファイルは保存しません。"
                : "Shows a PKCS#12 (.p12) file's encryption, MAC, chain and fingerprints, and whether each platform will import it. The file is not stored.")
                .append("</p>");
        if (error != null) {
            body.append("<p class=\"notice\" role=\"alert\" id=\"error\">").append(Html.escape(error)).append("</p>");
        }
        body.append("<form method=\"post\" enctype=\"multipart/form-data\" action=\"").append(P12DoctorFace.PATH)
                .append("?lang=").append(language.code()).append("\"><p><label>").append(ja ? "ファイル" : "File")
                .append(" <input type=\"file\" name=\"file\" accept=\".p12,.pfx,application/x-pkcs12\" required></label></p><p><label>")
                .append(ja ? "パスワード（アクセスPIN またはエクスポート時のパスワード）" : "Password (access PIN or export password)")
                .append(" <input type=\"password\" name=\"password\" autocomplete=\"off\"></label></p><p><button type=\"submit\">")
                .append(ja ? "調べる" : "Inspect").append("</button></p></form>");
        if (report != null) {
            body.append(report(report, language));
        }
        return PageLayout.render(language, ja ? "upki-sim P12 診断" : "upki-sim P12 doctor", body.toString(),
                P12DoctorFace.PATH + "?lang=" + language.other().code());
    }

    private static String report(P12Report report, Language language) {
        boolean ja = language == Language.JA;
        StringBuilder out = new StringBuilder("<h2>").append(ja ? "結果" : "Report").append("</h2><p id=\"summary\" class=\"")
                .append(report.readable() ? "" : "notice").append("\">").append(Html.escape(report.summary().in(language))).append("</p>");
        if (report.mac() == null) {
            return out.toString();
        }
        out.append("<table id=\"structure\"><tbody><tr><th>MAC</th><td>").append(Html.escape(report.mac().describe())).append("</td></tr>");
        int n = 1;
        for (SafeInfo safe : report.safes()) {
            out.append("<tr><th>").append(ja ? "セーフ " : "Safe ").append(n++).append("</th><td>")
                    .append(Html.escape(safe.protection().describe()))
                    .append(safe.opened() ? "" : ja ? "（パスワードが必要）" : " (needs the password)");
            for (BagInfo bag : safe.bags()) {
                out.append("<div>").append(Html.escape(bag.type())).append(": ").append(Html.escape(bag.protection().describe()))
                        .append(bag.friendlyName() == null ? "" : "; friendlyName " + Html.escape(bag.friendlyName()))
                        .append(bag.localKeyId() == null ? "" : "; localKeyId <span class=\"fp\">" + Html.escape(bag.localKeyId()) + "</span>")
                        .append("</div>");
            }
            out.append("</td></tr>");
        }
        if (report.key() != null) {
            out.append("<tr><th>").append(ja ? "秘密鍵" : "Key").append("</th><td>").append(Html.escape(report.key().algorithm()))
                    .append(' ').append(Html.escape(report.key().size())).append(report.key().matchesLeaf()
                            ? (ja ? "（証明書と一致）" : " (matches the leaf certificate)")
                            : (ja ? "（証明書と一致しません）" : " (does NOT match the leaf certificate)")).append("</td></tr>");
        }
        if (report.chain() != null) {
            out.append("<tr><th>").append(ja ? "チェーン" : "Chain").append("</th><td>")
                    .append(report.chain().path().stream().map(i -> "" + (i + 1)).toList())
                    .append(report.chain().reachesRoot() ? (ja ? "、ルートまで到達" : ", reaches a root") : (ja ? "、ルートなし" : ", no root"))
                    .append(report.chain().inFileOrder() ? (ja ? "、順序どおり" : ", in order") : (ja ? "、順序が異なる" : ", out of order"))
                    .append("</td></tr>");
        }
        out.append("</tbody></table>");
        if (!report.certificates().isEmpty()) {
            out.append("<table id=\"certificates\"><thead><tr><th>#</th><th>").append(ja ? "主体者 / 発行者" : "Subject / issuer")
                    .append("</th><th>").append(ja ? "シリアル番号 / 有効期間" : "Serial / validity").append("</th><th>")
                    .append(ja ? "指紋" : "Fingerprints").append("</th></tr></thead><tbody>");
            int i = 1;
            for (CertificateInfo c : report.certificates()) {
                out.append("<tr><td>").append(i++).append("</td><td><code>").append(Html.escape(c.subject())).append("</code><br><code>")
                        .append(Html.escape(c.issuer())).append("</code></td><td>").append(c.serial()).append("<br>")
                        .append(DATE.format(c.notBefore())).append(" –<br>").append(DATE.format(c.notAfter()))
                        .append("</td><td><div>SHA-1</div><div class=\"fp\">").append(c.sha1())
                        .append("</div><div>SHA-256</div><div class=\"fp\">").append(c.sha256()).append("</div></td></tr>");
            }
            out.append("</tbody></table>");
        }
        out.append("<h2>").append(ja ? "インポートの見込み" : "Import verdicts").append("</h2><table id=\"verdicts\"><tbody>");
        for (ImportVerdict verdict : report.verdicts()) {
            out.append("<tr><th>").append(Html.escape(verdict.platform().label())).append("</th><td>").append(verdict.outcome())
                    .append("</td><td>").append(Html.escape(verdict.reason().in(language))).append("</td></tr>");
        }
        return out.append("</tbody></table>").toString();
    }
}

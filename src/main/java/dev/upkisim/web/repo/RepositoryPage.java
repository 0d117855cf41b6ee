package dev.upkisim.web.repo;

import dev.upkisim.ca.Authority;
import dev.upkisim.ca.CaRole;
import dev.upkisim.ca.Fingerprints;
import dev.upkisim.core.Language;
import dev.upkisim.web.Html;
import dev.upkisim.web.PageLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The human page of the CA repository, {@code /repo/}, in Japanese or English. */
final class RepositoryPage {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")
            .withZone(ZoneId.of("Asia/Tokyo"));

    private RepositoryPage() {
    }

    static String render(Language language, List<Authority> authorities) {
        boolean ja = language == Language.JA;
        StringBuilder rows = new StringBuilder();
        for (Authority authority : authorities) {
            var certificate = authority.certificate();
            String file = RepositoryFace.CERTIFICATE_PATH + authority.id();
            rows.append("<tr><td>").append(Html.escape(roleName(authority.role(), language))).append("</td><td><code>")
                    .append(Html.escape(certificate.getSubjectX500Principal().getName())).append("</code></td><td>")
                    .append(DATE.format(certificate.getNotBefore().toInstant())).append(" –<br>")
                    .append(DATE.format(certificate.getNotAfter().toInstant())).append("</td><td>")
                    .append("<div>SHA-1</div><div class=\"fp\">").append(Fingerprints.sha1(certificate))
                    .append("</div><div>SHA-256</div><div class=\"fp\">").append(Fingerprints.sha256(certificate))
                    .append("</div></td><td><a href=\"").append(file).append(".pem\">PEM</a> · <a href=\"")
                    .append(file).append(".der\">DER</a></td></tr>\n");
        }
        String body = "<p class=\"notice\">" + (ja
                ? "upki-sim は UPKI 電子証明書発行サービスのシミュレータです。ここにある認証局は試験用に生成されたもので、本物の認証局ではありません。"
                : "upki-sim is a simulator of the UPKI certificate service. These CAs were generated for testing; they are not a real certificate authority.")
                + "</p>"
                + "<p>" + (ja
                ? "ルート証明書を信頼する前に、証明書の「指紋 SHA-1」がこの表と一致することを確認してください。"
                : "Before you trust the root certificate, check that its SHA-1 fingerprint matches this table.")
                + "</p>"
                + "<table><thead><tr><th>" + (ja ? "役割" : "Role") + "</th><th>" + (ja ? "主体者DN" : "Subject")
                + "</th><th>" + (ja ? "有効期間" : "Validity") + "</th><th>" + (ja ? "指紋" : "Fingerprints")
                + "</th><th>" + (ja ? "ダウンロード" : "Download") + "</th></tr></thead><tbody>\n" + rows
                + "</tbody></table><p><a href=\"/repo/ca.json\">ca.json</a> — "
                + (ja ? "同じ内容の JSON" : "the same as JSON") + "</p>";
        String title = ja ? "upki-sim 認証局リポジトリ" : "upki-sim CA repository";
        return PageLayout.render(language, title, body, "/repo/?lang=" + language.other().code());
    }

    private static String roleName(CaRole role, Language language) {
        boolean ja = language == Language.JA;
        return switch (role) {
            case ROOT -> ja ? "ルート認証局" : "Root CA";
            case CLIENT -> ja ? "クライアント証明書 中間認証局" : "Client certificate CA";
            case SMIME -> ja ? "S/MIME証明書 中間認証局" : "S/MIME certificate CA";
            case SERVER -> ja ? "サーバ証明書 中間認証局" : "Server certificate CA";
        };
    }
}

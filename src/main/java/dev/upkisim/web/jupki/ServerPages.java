package dev.upkisim.web.jupki;

import dev.upkisim.web.Html;
import dev.upkisim.workflow.ServerCertificateStatus;
import java.time.Instant;
import java.util.List;

/**
 * Server certificate applications of a server admin (SPEC 1.5): the list with state, the form (paste or upload a
 * CSR; the FQDN and extra names within the institution's domains), the confirmation, and the PEM download.
 */
final class ServerPages {
    private ServerPages() {
    }

    static String list(PortalRequest request, List<ServerCertificateStatus> applications, Instant now, String flash,
                       List<String> problems, Form form) {
        boolean ja = request.language() == dev.upkisim.core.Language.JA;
        StringBuilder body = new StringBuilder();
        if (flash != null) {
            body.append("<p class=\"ok\" id=\"flash\">").append(Html.escape(flash)).append("</p>");
        }
        if (!problems.isEmpty()) {
            body.append("<div class=\"error\" id=\"csr-problems\"><ul>");
            problems.forEach(problem -> body.append("<li>").append(Html.escape(problem)).append("</li>"));
            body.append("</ul></div>");
        }
        body.append("<div class=\"box\"><h2>").append(ja ? "申請済みのサーバ証明書" : "Your server certificates").append("</h2>");
        if (applications.isEmpty()) {
            body.append("<p>").append(ja ? "まだ申請はありません。" : "No application yet.").append("</p>");
        } else {
            body.append("<table class=\"responsive\" id=\"server-applications\"><thead><tr><th>FQDN</th><th>")
                    .append(Html.escape(request.text("col.status"))).append("</th><th>")
                    .append(Html.escape(request.text("col.serial"))).append("</th><th>")
                    .append(Html.escape(request.text("col.validity"))).append("</th><th>PEM</th></tr></thead><tbody>");
            for (ServerCertificateStatus status : applications) {
                String state = status.state() == dev.upkisim.core.ApplicationState.FAILED ? request.text("status.error")
                        : !status.issued() ? request.text("status.pending") : status.revoked() ? request.text("status.revoked")
                        : status.validAt(now) ? request.text("status.valid") : request.text("status.expired");
                body.append("<tr id=\"server-").append(status.applicationId()).append("\"><td>")
                        .append(Html.escape(String.join(", ", status.dnsNames()))).append("</td><td class=\"status\">")
                        .append(Html.escape(state)).append("</td><td class=\"serial\">")
                        .append(status.issued() ? status.serial().toString() : "—").append("</td><td>")
                        .append(status.issued() ? HomePage.DATE.format(status.notBefore()) + " – " + HomePage.DATE.format(status.notAfter()) : "—")
                        .append("</td><td>").append(status.issued() ? "<a class=\"pem\" href=\"" + Html.escape(request.link(
                                "/jupki/server/" + status.applicationId() + ".pem")) + "\">" + (ja ? "証明書と中間・ルート証明書 (PEM)"
                                : "Certificate and chain (PEM)") + "</a>" : "—").append("</td></tr>");
            }
            body.append("</tbody></table>");
        }
        body.append("</div><div class=\"box\"><h2>").append(ja ? "新規申請" : "New application").append("</h2>")
                .append("<form method=\"post\" enctype=\"multipart/form-data\" id=\"server-form\" action=\"")
                .append(Html.escape(request.link("/jupki/server/confirm"))).append("\">").append(Forms.csrf(request))
                .append("<label for=\"fqdn\">FQDN</label><input type=\"text\" id=\"fqdn\" name=\"fqdn\" value=\"")
                .append(Html.escape(form.fqdn())).append("\" placeholder=\"www.").append(Html.escape(request.institution().domains().get(0)))
                .append("\"><label for=\"sans\">").append(ja ? "追加のホスト名（カンマまたは改行区切り、8個まで）" : "Extra host names (comma or line separated, up to 8)")
                .append("</label><textarea id=\"sans\" name=\"sans\" rows=\"2\">").append(Html.escape(form.sans())).append("</textarea>")
                .append("<label for=\"software\">").append(ja ? "サーバソフトウェア" : "Server software")
                .append("</label><input type=\"text\" id=\"software\" name=\"software\" value=\"").append(Html.escape(form.software()))
                .append("\"><label for=\"csr\">").append(ja ? "CSR（貼り付け）" : "CSR (paste)")
                .append("</label><textarea id=\"csr\" name=\"csr\" rows=\"8\">").append(Html.escape(form.csr())).append("</textarea>")
                .append("<label for=\"csr-file\">").append(ja ? "またはCSRファイル" : "or a CSR file")
                .append("</label><input type=\"file\" id=\"csr-file\" name=\"csrFile\">")
                .append("<p><button class=\"primary\" type=\"submit\" id=\"server-confirm\">").append(Html.escape(request.text("confirm")))
                .append("</button></p></form></div>");
        return PortalLayout.page(request, request.text("server"), body.toString());
    }

    static String confirm(PortalRequest request, Form form, List<String> names, String dn) {
        boolean ja = request.language() == dev.upkisim.core.Language.JA;
        String hidden = Forms.hidden("fqdn", form.fqdn()) + Forms.hidden("sans", form.sans()) + Forms.hidden("software", form.software())
                + Forms.hidden("csr", form.csr());
        return PortalLayout.page(request, request.text("confirm.heading"), "<div class=\"box\"><table><tr><th>DN</th><td><code>"
                + Html.escape(dn) + "</code></td></tr><tr><th>" + (ja ? "ホスト名" : "Host names") + "</th><td>"
                + Html.escape(String.join(", ", names)) + "</td></tr><tr><th>" + (ja ? "サーバソフトウェア" : "Server software")
                + "</th><td>" + Html.escape(form.software()) + "</td></tr></table>"
                + Forms.post(request, "/jupki/server", "server-submit-form", hidden + "<p><button class=\"primary\" type=\"submit\" id=\"server-submit\">"
                + Html.escape(request.text("submit")) + "</button></p>") + "</div><p class=\"notice\">"
                + Html.escape(request.text("processing.notice")) + "</p>");
    }

    /** What the admin typed, kept to show the form again with the problems. */
    record Form(String fqdn, String sans, String software, String csr) {
        static Form empty() {
            return new Form("", "", "", "");
        }

        List<String> extraNames() {
            return java.util.Arrays.stream(sans.split("[,\\s]+")).map(String::trim).filter(name -> !name.isEmpty()).toList();
        }
    }
}

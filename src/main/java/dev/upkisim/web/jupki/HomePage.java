package dev.upkisim.web.jupki;

import dev.upkisim.web.Html;
import dev.upkisim.workflow.portal.MemberCertificate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The top page (SPEC 1.5): the member's certificates, or the login link; always the maintenance box. */
final class HomePage {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneId.of("Asia/Tokyo"));

    private HomePage() {
    }

    static String render(PortalRequest request, List<MemberCertificate> certificates, String maintenanceBox, String flash) {
        StringBuilder body = new StringBuilder();
        if (flash != null) {
            body.append("<p class=\"ok\" id=\"flash\">").append(Html.escape(flash)).append("</p>");
        }
        if (!request.loggedIn()) {
            body.append("<div class=\"box\"><p>").append(Html.escape(request.text("login.intro"))).append("</p><p><a class=\"button\" id=\"login-link\" href=\"")
                    .append(Html.escape(request.link("/jupki/login"))).append("\">").append(Html.escape(request.text("login")))
                    .append("</a></p></div>");
        } else {
            body.append("<div class=\"box\"><h2>").append(Html.escape(request.text("my.certificates"))).append("</h2>")
                    .append("<p>").append(Html.escape(request.user().name().in(request.language()))).append(" (")
                    .append(Html.escape(request.user().email())).append(")</p>")
                    .append(table(request, certificates))
                    .append("<p><a class=\"button\" id=\"apply-link\" href=\"").append(Html.escape(request.link("/jupki/apply")))
                    .append("\">").append(Html.escape(request.text("apply"))).append("</a></p></div>");
        }
        body.append(maintenanceBox);
        return PortalLayout.page(request, request.text("system"), body.toString());
    }

    static String table(PortalRequest request, List<MemberCertificate> certificates) {
        if (certificates.isEmpty()) {
            return "<p id=\"no-certificates\">" + Html.escape(request.text("none.yet")) + "</p>";
        }
        StringBuilder rows = new StringBuilder();
        for (MemberCertificate line : certificates) {
            var certificate = line.certificate();
            String id = String.valueOf(line.application().id());
            rows.append("<tr id=\"application-").append(id).append("\">")
                    .append(cell(request, "col.profile", Html.escape(request.text(profileKey(line)))))
                    .append(cell(request, "col.status", "<span class=\"status\">" + Html.escape(request.text(statusKey(line.status())))
                            + "</span>" + (line.status() == MemberCertificate.Status.PENDING ? "<br><small>"
                            + Html.escape(request.text("processing.notice")) + "</small>" : "")
                            + (line.status() == MemberCertificate.Status.ERROR ? "<br><small>"
                            + Html.escape(request.text("stuck.notice")) + "</small>" : "")))
                    .append(cell(request, "col.serial", "<span class=\"serial\">" + (certificate == null ? "—"
                            : certificate.serial().toString()) + "</span>"))
                    .append(cell(request, "col.validity", certificate == null ? "—"
                            : DATE.format(certificate.notBefore()) + " – " + DATE.format(certificate.notAfter())))
                    .append(cell(request, "col.pin", "<span class=\"pin\">" + (line.accessPin() == null ? "—"
                            : Html.escape(line.accessPin())) + "</span>"))
                    .append(cell(request, "col.actions", actions(request, line, id))).append("</tr>");
        }
        return "<table class=\"responsive\" id=\"certificates\"><thead><tr><th>" + Html.escape(request.text("col.profile"))
                + "</th><th>" + Html.escape(request.text("col.status")) + "</th><th>" + Html.escape(request.text("col.serial"))
                + "</th><th>" + Html.escape(request.text("col.validity")) + "</th><th>" + Html.escape(request.text("col.pin"))
                + "</th><th>" + Html.escape(request.text("col.actions")) + "</th></tr></thead><tbody>" + rows + "</tbody></table>";
    }

    private static String actions(PortalRequest request, MemberCertificate line, String id) {
        StringBuilder actions = new StringBuilder();
        if (line.downloadable()) {
            actions.append("<a class=\"button download\" href=\"").append(Html.escape(request.link("/jupki/certificates/" + id
                    + "/download"))).append("\">").append(Html.escape(request.text("download"))).append("</a> ");
        }
        if (line.revocable()) {
            actions.append("<a class=\"button secondary revoke\" href=\"").append(Html.escape(request.link("/jupki/certificates/"
                    + id + "/revoke"))).append("\">").append(Html.escape(request.text("revoke"))).append("</a> ");
            actions.append("<a class=\"button secondary renew\" href=\"").append(Html.escape(request.link("/jupki/apply?renew="
                    + id))).append("\">").append(Html.escape(request.text("renew"))).append("</a>");
        }
        return actions.toString();
    }

    private static String cell(PortalRequest request, String labelKey, String html) {
        return "<td data-label=\"" + Html.escape(request.text(labelKey)) + "\">" + html + "</td>";
    }

    static String profileKey(MemberCertificate line) {
        var profile = line.application().request().profile();
        return profile != null && profile.kind() == dev.upkisim.core.CertificateProfile.Kind.SMIME ? "profile.smime"
                : "profile.client";
    }

    static String statusKey(MemberCertificate.Status status) {
        return switch (status) {
            case PENDING -> "status.pending";
            case VALID -> "status.valid";
            case REVOKED -> "status.revoked";
            case EXPIRED -> "status.expired";
            case ERROR -> "status.error";
        };
    }
}

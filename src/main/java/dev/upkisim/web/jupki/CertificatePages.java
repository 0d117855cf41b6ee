package dev.upkisim.web.jupki;

import dev.upkisim.web.Html;
import dev.upkisim.workflow.OneTimeUrls;
import dev.upkisim.workflow.portal.MemberCertificate;
import dev.upkisim.workflow.portal.PortalDownload;

/** The download hand-over to the NII 【STEP2】 page, and the revocation form and confirmation. */
final class CertificatePages {
    static final int[] REASONS = {1, 3, 4, 5, 0};

    private CertificatePages() {
    }

    /**
     * A form that posts the certificate URL's token and the access PIN to the NII side's STEP1 action and submits
     * itself, so the member lands on 【STEP2】 (SPEC 1.5); without JavaScript the member presses the button.
     */
    static String handOver(PortalRequest request, PortalDownload.Ticket ticket) {
        return PortalLayout.page(request, request.text("download.heading"), "<div class=\"box\"><p>"
                + Html.escape(request.text("download.intro")) + "</p>"
                + "<form method=\"post\" id=\"to-nii\" action=\"" + OneTimeUrls.DOWNLOAD + "/spEntranceCli.do\">"
                + Forms.hidden("p1", ticket.certificateToken()) + Forms.hidden("passwd", ticket.pin())
                + "<button class=\"primary\" type=\"submit\">" + Html.escape(request.text("download.go")) + "</button></form></div>"
                + "<script>document.getElementById('to-nii').submit();</script>");
    }

    static String stuck(PortalRequest request) {
        return PortalLayout.page(request, request.text("download.heading"), "<p class=\"error\" id=\"stuck\">"
                + Html.escape(request.text("stuck.notice")) + "</p>");
    }

    static String revokeForm(PortalRequest request, MemberCertificate line) {
        StringBuilder reasons = new StringBuilder("<select name=\"reason\" id=\"reason\">");
        for (int reason : REASONS) {
            reasons.append("<option value=\"").append(reason).append("\">").append(Html.escape(request.text("reason." + reason)))
                    .append("</option>");
        }
        reasons.append("</select>");
        String id = String.valueOf(line.application().id());
        return PortalLayout.page(request, request.text("revoke.heading"), "<div class=\"box\"><p>"
                + Html.escape(request.text("col.serial")) + ": <span class=\"serial\">" + line.certificate().serial() + "</span></p>"
                + Forms.post(request, "/jupki/certificates/" + id + "/revoke", "revoke-form",
                "<label for=\"reason\">" + Html.escape(request.text("revoke.reason")) + "</label>" + reasons
                        + "<label for=\"comment\">" + Html.escape(request.text("revoke.comment")) + "</label>"
                        + "<input type=\"text\" id=\"comment\" name=\"comment\" maxlength=\"100\">"
                        + "<p><button class=\"primary\" type=\"submit\" id=\"submit-revocation\">" + Html.escape(request.text("submit"))
                        + "</button></p>") + "</div>");
    }
}

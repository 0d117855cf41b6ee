package dev.upkisim.web.jupki;

import dev.upkisim.web.Html;
import dev.upkisim.workflow.portal.MemberCertificate;
import java.util.List;

/** 新規申請/更新申請: the form, the confirmation screen, and the result (SPEC 1.5). */
final class ApplyPages {
    private ApplyPages() {
    }

    static String form(PortalRequest request, MemberCertificate renewing) {
        String choice = renewing != null
                ? "<p>" + Html.escape(request.text("apply.renews")) + ": <span class=\"serial\">"
                + renewing.certificate().serial() + "</span></p>" + Forms.hidden("renew", String.valueOf(renewing.application().id()))
                : "<label>" + Html.escape(request.text("apply.type")) + "</label>"
                + "<label><input type=\"radio\" name=\"type\" value=\"client\" checked> " + Html.escape(request.text("profile.client")) + "</label>"
                + "<label><input type=\"radio\" name=\"type\" value=\"smime\"> " + Html.escape(request.text("profile.smime")) + "</label>";
        return PortalLayout.page(request, request.text("apply.heading"), "<div class=\"box\">"
                + Forms.post(request, "/jupki/apply/confirm", "apply-form", choice + "<p><button class=\"primary\" type=\"submit\" id=\"to-confirm\">"
                + Html.escape(request.text("confirm")) + "</button></p>") + "</div>"
                + "<p class=\"notice\">" + Html.escape(request.text("processing.notice")) + "</p>");
    }

    static String confirm(PortalRequest request, String type, String renew, String dn) {
        String rows = row(request, "name", request.user().name().in(request.language()))
                + row(request, "email", request.user().email())
                + row(request, "affiliation", request.user().affiliation().in(request.language()))
                + row(request, "apply.type", request.text("smime".equals(type) ? "profile.smime" : "profile.client"))
                + "<tr><th>DN</th><td><code>" + Html.escape(dn) + "</code></td></tr>";
        String hidden = Forms.hidden("type", type == null ? "" : type) + (renew == null ? "" : Forms.hidden("renew", renew));
        return PortalLayout.page(request, request.text("confirm.heading"), "<div class=\"box\"><table>" + rows + "</table>"
                + Forms.post(request, "/jupki/apply", "confirm-form", hidden + "<p><button class=\"primary\" type=\"submit\" id=\"submit-application\">"
                + Html.escape(request.text("submit")) + "</button> <a class=\"button secondary\" href=\""
                + Html.escape(request.link("/jupki/apply")) + "\">" + Html.escape(request.text("back")) + "</a></p>")
                + "</div><p class=\"notice\">" + Html.escape(request.text("processing.notice")) + "</p>");
    }

    static String refused(PortalRequest request, List<String> errors) {
        StringBuilder list = new StringBuilder("<ul id=\"errors\">");
        errors.forEach(error -> list.append("<li><code>").append(Html.escape(error)).append("</code></li>"));
        return PortalLayout.page(request, request.text("error.heading"), "<p class=\"error\">"
                + Html.escape(request.text("error.general")) + "</p>" + list + "</ul>");
    }

    private static String row(PortalRequest request, String key, String value) {
        return "<tr><th>" + Html.escape(request.text(key)) + "</th><td>" + Html.escape(value) + "</td></tr>";
    }
}

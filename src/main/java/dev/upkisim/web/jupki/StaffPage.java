package dev.upkisim.web.jupki;

import dev.upkisim.core.Application;
import dev.upkisim.core.ApplicationState;
import dev.upkisim.web.Html;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Centre staff (SPEC 1.5): every application of the institution with its state and times, and a reset for stuck ones. */
final class StaffPage {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

    private StaffPage() {
    }

    static String render(PortalRequest request, List<Application> applications, String flash) {
        StringBuilder rows = new StringBuilder();
        for (Application application : applications) {
            var r = application.request();
            boolean resettable = application.state() == ApplicationState.AWAITING_PICKUP || application.state() == ApplicationState.ISSUED;
            rows.append("<tr id=\"staff-application-").append(application.id()).append("\"><td>").append(application.id())
                    .append("</td><td>").append(Html.escape(application.type().name().toLowerCase(java.util.Locale.ROOT)))
                    .append("</td><td><a href=\"").append(Html.escape(request.link("/jupki/staff/members/" + r.userEmail())))
                    .append("\">").append(Html.escape(r.userName() == null ? r.userEmail() : r.userName())).append("</a><br><small>")
                    .append(Html.escape(r.userEmail())).append("</small></td><td class=\"state\">")
                    .append(Html.escape(application.state().name())).append(application.stuck() ? " <strong class=\"stuck\">STUCK</strong>" : "")
                    .append("</td><td><small>").append(TIME.format(application.createdAt())).append(" → ")
                    .append(TIME.format(application.updatedAt())).append("</small></td><td>");
            if (resettable) {
                rows.append(Forms.post(request, "/jupki/staff/applications/" + application.id() + "/reset", null,
                        "<button class=\"secondary\" type=\"submit\">" + Html.escape(request.text("staff.reset")) + "</button>"));
            }
            rows.append("</td></tr>");
        }
        String message = flash == null ? "" : "<p class=\"ok\" id=\"flash\">" + Html.escape(flash) + "</p>";
        return PortalLayout.page(request, request.text("staff.heading"), message + "<table class=\"responsive\" id=\"staff-applications\"><thead><tr><th>"
                + Html.escape(request.text("col.application")) + "</th><th>" + Html.escape(request.text("col.kind")) + "</th><th>"
                + Html.escape(request.text("col.user")) + "</th><th>" + Html.escape(request.text("col.state")) + "</th><th>"
                + Html.escape(request.text("col.history")) + "</th><th>" + Html.escape(request.text("col.actions"))
                + "</th></tr></thead><tbody>" + rows + "</tbody></table>");
    }
}

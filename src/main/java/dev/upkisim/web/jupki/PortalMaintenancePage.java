package dev.upkisim.web.jupki;

import dev.upkisim.core.JapanTime;
import dev.upkisim.web.Html;
import dev.upkisim.web.MaintenanceNotice;

/**
 * The portal's own maintenance page (SPEC 1.5, 1.6): the usual frame, in Japanese or English as asked, with the
 * work's title and the period in Japan time. Shown with HTTP 503 for every portal path while the {@code jupki} face
 * is in maintenance, before login, so a member sees it whatever page they had open.
 */
final class PortalMaintenancePage {
    private PortalMaintenancePage() {
    }

    static String render(PortalRequest request, MaintenanceNotice notice) {
        String period = JapanTime.in(request.language(), notice.start()) + " 〜 " + JapanTime.in(request.language(), notice.end());
        return PortalLayout.page(request, request.text("maintenance.page"),
                "<div class=\"notice\" id=\"maintenance-notice\"><p>" + Html.escape(request.text("maintenance.page.intro"))
                        + "</p><table><tr><th>" + Html.escape(request.text("maintenance.page.what")) + "</th><td>"
                        + Html.escape(notice.title().in(request.language())) + "</td></tr><tr><th>"
                        + Html.escape(request.text("maintenance.page.period")) + "</th><td id=\"maintenance-period\">"
                        + Html.escape(period) + "</td></tr></table><p>" + Html.escape(request.text("maintenance.page.retry"))
                        + "</p></div>");
    }
}

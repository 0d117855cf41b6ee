package dev.upkisim.web.jupki;

import dev.upkisim.core.MaintenanceWindow;
import dev.upkisim.web.Html;
import java.time.Instant;
import java.util.List;

/** The top page's 「障害・メンテナンス」 box (seed FAQ): current and coming windows of the portal and of UPKI. */
final class MaintenanceBox {
    private MaintenanceBox() {
    }

    static String render(PortalRequest request, List<MaintenanceWindow> windows, Instant now) {
        StringBuilder items = new StringBuilder();
        for (MaintenanceWindow window : windows) {
            boolean relevant = window.face().equals("jupki") || window.face().equals("upki");
            if (!relevant || !(window.activeAt(now) || window.comingAfter(now))) {
                continue;
            }
            items.append("<li><strong>").append(Html.escape(request.text(window.activeAt(now) ? "maintenance.now" : "maintenance.coming")))
                    .append("</strong> ").append(Html.escape(window.title().in(request.language()))).append("</li>");
        }
        String list = items.length() == 0 ? "<p>" + Html.escape(request.text("maintenance.none")) + "</p>" : "<ul>" + items + "</ul>";
        return "<div class=\"box\" id=\"maintenance\"><h2>" + Html.escape(request.text("maintenance")) + "</h2>" + list + "</div>";
    }
}

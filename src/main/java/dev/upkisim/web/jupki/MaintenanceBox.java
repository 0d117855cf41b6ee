package dev.upkisim.web.jupki;

import dev.upkisim.core.JapanTime;
import dev.upkisim.core.MaintenanceOccurrence;
import dev.upkisim.web.Html;
import java.time.Instant;
import java.util.List;

/**
 * The top page's 「障害・メンテナンス」 box (SPEC 1.5, seed FAQ): current and coming maintenance of every face — the
 * portal, UPKI, ACME and the repository — each with its state (実施中 / 予定), title and period in Japan time.
 */
final class MaintenanceBox {
    private MaintenanceBox() {
    }

    static String render(PortalRequest request, List<MaintenanceOccurrence> occurrences, Instant now) {
        StringBuilder items = new StringBuilder();
        for (MaintenanceOccurrence occurrence : occurrences) {
            boolean active = occurrence.activeAt(now);
            items.append("<li data-window=\"").append(Html.escape(occurrence.window().id())).append("\" data-face=\"")
                    .append(occurrence.face().id()).append("\"><strong>")
                    .append(Html.escape(request.text(active ? "maintenance.now" : "maintenance.coming"))).append("</strong> ")
                    .append(Html.escape(occurrence.window().title().in(request.language()))).append(" <span class=\"period\">（")
                    .append(Html.escape(JapanTime.in(request.language(), occurrence.start()) + " 〜 "
                            + JapanTime.in(request.language(), occurrence.end())))
                    .append("）</span></li>");
        }
        String list = items.length() == 0 ? "<p>" + Html.escape(request.text("maintenance.none")) + "</p>" : "<ul>" + items + "</ul>";
        return "<div class=\"box\" id=\"maintenance\"><h2>" + Html.escape(request.text("maintenance")) + "</h2>" + list + "</div>";
    }
}

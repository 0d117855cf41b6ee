package dev.upkisim.web.repo;

import dev.upkisim.core.JapanTime;
import dev.upkisim.core.Language;
import dev.upkisim.web.Html;
import dev.upkisim.web.Languages;
import dev.upkisim.web.MaintenanceNotice;
import dev.upkisim.web.MaintenanceProblem;
import dev.upkisim.web.PageLayout;
import io.javalin.http.Context;

/**
 * The CA repository's maintenance answer (SPEC 1.6): validators, OCSP clients and scripts get the problem document;
 * a browser (Accept: text/html) gets a page in Japanese or English. Both come with 503 and Retry-After.
 */
final class RepositoryMaintenance {
    private RepositoryMaintenance() {
    }

    static void render(Context ctx, MaintenanceNotice notice) {
        if (!MaintenanceProblem.wantsHtml(ctx)) {
            MaintenanceProblem.render(ctx, notice);
            return;
        }
        Language language = Languages.of(ctx);
        boolean ja = language == Language.JA;
        String body = "<p class=\"notice\" id=\"maintenance-notice\">" + Html.escape(ja
                ? "認証局リポジトリはメンテナンス中です。証明書・CRL・OCSPは終了後に再びご利用いただけます。"
                : "The CA repository is under maintenance. Certificates, CRLs and OCSP are back when it ends.")
                + "</p><p>" + Html.escape(notice.title().in(language)) + "<br>"
                + Html.escape(JapanTime.in(language, notice.start()) + " 〜 " + JapanTime.in(language, notice.end())) + "</p>";
        ctx.html(PageLayout.render(language, ja ? "メンテナンス中" : "Under maintenance", body,
                "?lang=" + language.other().code()));
    }
}

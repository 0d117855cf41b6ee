package dev.upkisim.web.nii;

import dev.upkisim.core.JapanTime;
import dev.upkisim.core.Language;
import dev.upkisim.web.Html;
import dev.upkisim.web.MaintenanceNotice;

/**
 * The NII face's maintenance page (SPEC 1.6): the system's own frame, EUC-JP, heading
 * {@value #HEADING}, the period in Japan time and the announcement's title. The RA pages and the one-time URL
 * pages alike answer with it (HTTP 503) while the {@code upki} face is in maintenance; an RA script can tell it by
 * the status, the heading or the {@code id="maintenance"} paragraph.
 */
final class NiiMaintenancePage {
    static final String HEADING = "システムメンテナンスのお知らせ";

    private NiiMaintenancePage() {
    }

    static byte[] render(MaintenanceNotice notice) {
        return NiiPage.render(HEADING,
                "<p class=\"error\" id=\"maintenance\">ただいまシステムメンテナンスのため、サービスを停止しております。</p>\n"
                        + "<table>\n<tr><th>作業内容</th><td>" + Html.escape(notice.title().ja()) + "</td></tr>\n"
                        + "<tr><th>停止期間</th><td>" + Html.escape(JapanTime.in(Language.JA, notice.start())) + " 〜 "
                        + Html.escape(JapanTime.in(Language.JA, notice.end())) + "</td></tr>\n</table>\n"
                        + NiiPage.paragraph("ご迷惑をおかけしますが、メンテナンス終了後にあらためてアクセスしてください。"
                        + "メンテナンス開始前に受け付けた申請は、終了後に順次処理されます。"));
    }
}

package dev.upkisim.web;

import dev.upkisim.core.Language;

/** The frame of upki-sim's own human pages (repository, later the dashboard): title, language switch, body. */
public final class PageLayout {
    private static final String STYLE = """
            body{font-family:"Hiragino Sans","Noto Sans JP","Yu Gothic",system-ui,sans-serif;margin:0;color:#1d2733;background:#f5f7fa}
            header{background:#17324d;color:#fff;padding:.8rem 1.2rem;display:flex;justify-content:space-between;align-items:center;gap:1rem;flex-wrap:wrap}
            header a{color:#fff}
            main{max-width:72rem;margin:0 auto;padding:1rem 1.2rem 3rem}
            .notice{background:#fff4d6;border:1px solid #e8c766;padding:.6rem .9rem;border-radius:4px}
            table{border-collapse:collapse;width:100%;background:#fff;margin:1rem 0}
            th,td{border:1px solid #c9d3de;padding:.45rem .6rem;text-align:left;vertical-align:top}
            th{background:#e8eef5}
            code,.fp{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem;word-break:break-all}
            @media (max-width:40rem){table,tbody,tr,td,th{display:block}thead{display:none}td{border-top:none}}
            """;

    private PageLayout() {
    }

    /**
     * @param bodyHtml    already escaped HTML
     * @param switchHref  the same page in the other language
     */
    public static String render(Language language, String title, String bodyHtml, String switchHref) {
        String switchLabel = language == Language.JA ? "English" : "日本語";
        return "<!DOCTYPE html>\n<html lang=\"" + language.code() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(title) + "</title><style>" + STYLE + "</style></head><body>"
                + "<header><strong>" + Html.escape(title) + "</strong>"
                + "<a href=\"" + Html.escape(switchHref) + "\" lang=\"" + language.other().code() + "\">"
                + switchLabel + "</a></header><main>" + bodyHtml + "</main></body></html>";
    }
}

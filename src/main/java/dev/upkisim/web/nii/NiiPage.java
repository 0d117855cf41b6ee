package dev.upkisim.web.nii;

import dev.upkisim.web.Html;

/**
 * The frame of every NII page: the real system's title (SPEC 1.2: 国立情報学研究所 電子証明書自動発行支援システム),
 * plain table markup such as RA scripts parse, EUC-JP.
 */
final class NiiPage {
    static final String TITLE = "国立情報学研究所 電子証明書自動発行支援システム";

    private NiiPage() {
    }

    /** @param heading shown as the page's {@code h2}; @param body already-escaped HTML */
    static byte[] render(String heading, String body) {
        return EucJp.encode("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n"
                + "<html lang=\"ja\"><head>\n<meta http-equiv=\"Content-Type\" content=\"" + EucJp.CONTENT_TYPE + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + TITLE + "</title>\n<style>body{font-family:sans-serif;margin:1em;color:#222}"
                + "h1{font-size:1.1em;background:#2a4a7a;color:#fff;padding:.4em .6em}h2{font-size:1.05em;border-left:6px solid #2a4a7a;padding-left:.4em}"
                + "table{border-collapse:collapse}th,td{border:1px solid #999;padding:.25em .5em}th{background:#dde4f0}"
                + ".error{color:#b00}</style>\n</head><body>\n<h1>" + TITLE + "</h1>\n"
                + "<h2>" + Html.escape(heading) + "</h2>\n" + body + "\n</body></html>\n");
    }

    static String paragraph(String text) {
        return "<p>" + Html.escape(text) + "</p>\n";
    }

    static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + Html.escape(name) + "\" value=\"" + Html.escape(value) + "\">";
    }
}

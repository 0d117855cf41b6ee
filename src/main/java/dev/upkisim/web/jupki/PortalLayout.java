package dev.upkisim.web.jupki;

import dev.upkisim.core.Language;
import dev.upkisim.core.Role;
import dev.upkisim.web.Html;

/**
 * The frame of every portal page: the institution's system name, the menu for the user's roles, a language
 * switch on every page (SPEC 1.5), and a layout that works on a phone.
 */
final class PortalLayout {
    private static final String STYLE = """
            *{box-sizing:border-box}body{margin:0;font-family:"Hiragino Kaku Gothic ProN","Noto Sans JP","Yu Gothic",Meiryo,system-ui,sans-serif;color:#222;background:#f4f6f8;line-height:1.6}
            header{background:#0b3c6f;color:#fff}header .bar{max-width:64rem;margin:0 auto;padding:.7rem 1rem;display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem}
            header a{color:#fff;text-decoration:none}header .title{font-weight:bold;font-size:1.1rem}
            nav{background:#e6edf5;border-bottom:1px solid #c5d3e2}nav ul{max-width:64rem;margin:0 auto;padding:.3rem 1rem;list-style:none;display:flex;flex-wrap:wrap;gap:.2rem 1.2rem}
            nav a{color:#0b3c6f;text-decoration:none}nav form{display:inline}nav button{background:none;border:none;color:#0b3c6f;cursor:pointer;font:inherit;padding:0}
            main{max-width:64rem;margin:0 auto;padding:1rem}h1{font-size:1.3rem;margin:.5rem 0 1rem}h2{font-size:1.1rem;border-left:5px solid #0b3c6f;padding-left:.5rem}
            .box{background:#fff;border:1px solid #d5dde6;border-radius:6px;padding:1rem;margin-bottom:1rem}
            .notice{background:#fff8e1;border:1px solid #f0d27a;border-radius:6px;padding:.6rem .9rem}.error{background:#fdecea;border:1px solid #f5b7b1;border-radius:6px;padding:.6rem .9rem;color:#8a1c12}
            .ok{background:#e8f5e9;border:1px solid #a5d6a7;border-radius:6px;padding:.6rem .9rem}
            table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid #d5dde6;padding:.4rem .5rem;text-align:left;vertical-align:top}th{background:#eef3f8}
            .serial,.pin{font-family:ui-monospace,Menlo,Consolas,monospace;word-break:break-all}
            .button,button.primary{display:inline-block;background:#0b3c6f;color:#fff;border:none;border-radius:4px;padding:.45rem .9rem;text-decoration:none;cursor:pointer;font:inherit}
            button.secondary,.button.secondary{background:#6b7b8c}label{display:block;margin:.4rem 0 .2rem;font-weight:bold}input[type=text],input[type=password],select,textarea{width:100%;max-width:32rem;padding:.4rem;font:inherit}
            footer{max-width:64rem;margin:2rem auto;padding:0 1rem;color:#667;font-size:.85rem}
            @media (max-width:40rem){table.responsive,table.responsive tbody,table.responsive tr,table.responsive td{display:block}table.responsive thead{display:none}table.responsive td{border-top:none}table.responsive td::before{content:attr(data-label)": ";font-weight:bold}}
            """;

    private PortalLayout() {
    }

    static String page(PortalRequest request, String title, String body) {
        Language language = request.language();
        String institution = request.institution() == null ? "" : request.institution().name().in(language) + " ";
        String switchHref = request.ctx().path() + "?lang=" + language.other().code();
        return "<!DOCTYPE html>\n<html lang=\"" + language.code() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(title + " | " + request.text("system")) + "</title><style>" + STYLE + "</style></head><body>"
                + "<header><div class=\"bar\"><a class=\"title\" href=\"" + request.link("/jupki/") + "\">"
                + Html.escape(institution + request.text("system")) + "</a>"
                + "<a id=\"language-switch\" href=\"" + Html.escape(switchHref) + "\" lang=\"" + language.other().code() + "\">"
                + (language == Language.JA ? "English" : "日本語") + "</a></div></header>"
                + menu(request) + "<main><h1>" + Html.escape(title) + "</h1>" + body + "</main>"
                + "<footer>upki-sim — " + Html.escape(language == Language.JA
                        ? "UPKI電子証明書発行サービスのシミュレータです。実在のシステムではありません。"
                        : "a simulator of the UPKI certificate service; not a real system.") + "</footer></body></html>";
    }

    private static String menu(PortalRequest request) {
        StringBuilder items = new StringBuilder();
        item(items, request, "/jupki/", "home");
        if (request.loggedIn()) {
            item(items, request, "/jupki/apply", "apply");
            if (request.has(Role.SERVER_ADMIN)) {
                item(items, request, "/jupki/server", "server");
            }
            if (request.has(Role.CENTRE_STAFF)) {
                item(items, request, "/jupki/staff", "staff");
            }
        }
        item(items, request, "/jupki/help", "help");
        if (request.loggedIn()) {
            items.append("<li><form method=\"post\" action=\"/jupki/logout\">").append(Forms.csrf(request))
                    .append("<button type=\"submit\" id=\"logout\">").append(Html.escape(request.text("logout")))
                    .append("</button></form></li>");
        }
        return "<nav><ul>" + items + "</ul></nav>";
    }

    private static void item(StringBuilder items, PortalRequest request, String path, String key) {
        items.append("<li><a href=\"").append(Html.escape(request.link(path))).append("\">")
                .append(Html.escape(request.text(key))).append("</a></li>");
    }
}

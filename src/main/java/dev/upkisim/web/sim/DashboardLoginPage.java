package dev.upkisim.web.sim;

import dev.upkisim.core.Language;
import dev.upkisim.web.Html;

/**
 * The dashboard's login form (SPEC 1.7: the control token printed at start, or set in the configuration), in
 * Japanese or English, with the reason when a token was refused. It posts to {@code /sim/login}.
 */
final class DashboardLoginPage {
    private DashboardLoginPage() {
    }

    /** @param refused whether the last attempt sent a wrong token */
    static String render(Language language, boolean refused) {
        boolean ja = language == Language.JA;
        String title = ja ? "upki-sim トレーナー用ダッシュボード" : "upki-sim trainer dashboard";
        String message = refused ? "<p class=\"error\" id=\"login-error\" role=\"alert\">" + Html.escape(ja
                ? "トークンが違います。起動時に表示されたトークン（または設定 sim.token の値）を入力してください。"
                : "That is not the token. Enter the token printed at start (or the value of the setting sim.token).")
                + "</p>" : "";
        return "<!DOCTYPE html>\n<html lang=\"" + language.code() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(title) + "</title>"
                + "<link rel=\"stylesheet\" href=\"/sim/assets/dashboard.css\"></head><body class=\"login\">"
                + "<header class=\"bar\"><h1>" + Html.escape(title) + "</h1>"
                + "<a class=\"lang\" href=\"/sim/?lang=" + language.other().code() + "\" lang=\"" + language.other().code()
                + "\">" + (ja ? "English" : "日本語") + "</a></header>"
                + "<main class=\"login-box\"><form method=\"post\" action=\"/sim/login\">"
                + "<input type=\"hidden\" name=\"lang\" value=\"" + language.code() + "\">"
                + "<label for=\"token\">" + Html.escape(ja ? "操作トークン" : "Control token") + "</label>"
                + "<input id=\"token\" name=\"token\" type=\"password\" autocomplete=\"current-password\" required autofocus>"
                + message
                + "<button type=\"submit\" id=\"login\">" + Html.escape(ja ? "ログイン" : "Log in") + "</button>"
                + "<p class=\"hint\">" + Html.escape(ja
                ? "トークンは upki-sim の起動時に表示されます。スクリプトからは Authorization: Bearer <トークン> で /sim/ API を呼べます。"
                : "upki-sim prints the token when it starts. Scripts call the /sim/ API with Authorization: Bearer <token>.")
                + "</p></form></main></body></html>";
    }
}

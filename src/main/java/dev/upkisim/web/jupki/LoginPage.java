package dev.upkisim.web.jupki;

import dev.upkisim.web.Html;

/** The login form (SPEC 1.5: user name and password from the fixtures). */
final class LoginPage {
    private LoginPage() {
    }

    static String render(PortalRequest request, String preloginToken, boolean failed) {
        String error = failed ? "<p class=\"error\" id=\"login-error\">" + Html.escape(request.text("login.failed")) + "</p>" : "";
        String form = "<form method=\"post\" action=\"" + Html.escape(request.link("/jupki/login")) + "\" id=\"login-form\">"
                + Forms.hidden(Forms.CSRF_FIELD, preloginToken)
                + "<label for=\"username\">" + Html.escape(request.text("username")) + "</label>"
                + "<input type=\"text\" id=\"username\" name=\"username\" autocomplete=\"username\" required>"
                + "<label for=\"password\">" + Html.escape(request.text("password")) + "</label>"
                + "<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" required>"
                + "<p><button class=\"primary\" type=\"submit\" id=\"login-submit\">" + Html.escape(request.text("login"))
                + "</button></p></form>";
        return PortalLayout.page(request, request.text("login"), error + "<div class=\"box\"><p>"
                + Html.escape(request.text("login.intro")) + "</p>" + form + "</div>");
    }
}

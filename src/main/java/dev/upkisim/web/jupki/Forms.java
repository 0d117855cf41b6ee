package dev.upkisim.web.jupki;

import dev.upkisim.web.Html;

/** Small pieces of portal forms. Every POST form carries the session's CSRF token. */
final class Forms {
    static final String CSRF_FIELD = "_csrf";

    private Forms() {
    }

    static String csrf(PortalRequest request) {
        return hidden(CSRF_FIELD, request.csrfToken().orElse(""));
    }

    static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + Html.escape(name) + "\" value=\"" + Html.escape(value) + "\">";
    }

    /** A POST form with the CSRF token; {@code lang} is kept so the next page stays in the same language. */
    static String post(PortalRequest request, String action, String id, String inner) {
        return "<form method=\"post\" action=\"" + Html.escape(request.link(action)) + "\"" + (id == null ? "" : " id=\"" + id + "\"")
                + ">" + csrf(request) + inner + "</form>";
    }
}

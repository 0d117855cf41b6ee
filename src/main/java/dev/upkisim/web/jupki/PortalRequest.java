package dev.upkisim.web.jupki;

import dev.upkisim.core.Institution;
import dev.upkisim.core.Language;
import dev.upkisim.core.Role;
import dev.upkisim.core.User;
import dev.upkisim.web.Languages;
import io.javalin.http.Context;
import java.util.Optional;

/** What a portal page needs to know about the request: its language, and the logged-in user if any. */
record PortalRequest(Context ctx, Language language, PortalSessions.Session session, User user, Institution institution) {

    static final String ATTRIBUTE = "upki-sim.portal";

    static PortalRequest of(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }

    static PortalRequest anonymous(Context ctx) {
        return new PortalRequest(ctx, Languages.of(ctx), null, null, null);
    }

    boolean loggedIn() {
        return user != null;
    }

    boolean has(Role role) {
        return user != null && user.has(role);
    }

    String text(String key) {
        return PortalText.get(language, key);
    }

    /** {@code ?lang=en} kept on links when English was asked for explicitly. */
    String link(String path) {
        String asked = ctx.queryParam("lang");
        if (asked == null) {
            return path;
        }
        return path + (path.contains("?") ? "&" : "?") + "lang=" + language.code();
    }

    Optional<String> csrfToken() {
        return Optional.ofNullable(session).map(PortalSessions.Session::csrfToken);
    }
}

package dev.upkisim.web.jupki;

import dev.upkisim.core.Institution;
import dev.upkisim.core.Role;
import dev.upkisim.core.User;
import dev.upkisim.fixtures.Fixtures;
import dev.upkisim.web.Languages;
import dev.upkisim.web.RequestIdentity;
import dev.upkisim.web.WebError;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

/**
 * Runs before every portal request: finds the session and user, applies the optional campus-network rule (seed:
 * 学内ネットワークからのみアクセス可能), demands a login and the right role, and refuses any POST without the
 * session's CSRF token or from another site (OWASP: synchronizer token plus an Origin check).
 */
final class PortalGuard {
    static final String PRELOGIN_COOKIE = "JUPKI_PRELOGIN";
    private final PortalSessions sessions;
    private final Fixtures fixtures;
    private final boolean campusOnly;

    PortalGuard(PortalSessions sessions, Fixtures fixtures, boolean campusOnly) {
        this.sessions = sessions;
        this.fixtures = fixtures;
        this.campusOnly = campusOnly;
    }

    void before(Context ctx) {
        var session = sessions.find(ctx.cookie(PortalSessions.COOKIE)).orElse(null);
        User user = session == null ? null : fixtures.user(session.username()).orElse(null);
        Institution institution = user == null ? fixtures.institutions().get(0)
                : fixtures.institution(user.institutionId()).orElseThrow();
        PortalRequest request = new PortalRequest(ctx, Languages.of(ctx), user == null ? null : session, user, institution);
        ctx.attribute(PortalRequest.ATTRIBUTE, request);
        if (user != null) {
            RequestIdentity.set(ctx, new RequestIdentity(user.username(), user.institutionId()));
        }
        if (campusOnly && !onCampus(ctx.ip(), institution)) {
            throw new WebError(403, "campus-only", "campus.only");
        }
        String path = ctx.path();
        boolean open = path.equals("/jupki") || path.equals("/jupki/") || path.startsWith("/jupki/login")
                || path.startsWith("/jupki/help");
        if (ctx.method().name().equals("POST")) {
            requireSameSite(ctx);
            String expected = user != null ? session.csrfToken() : ctx.cookie(PRELOGIN_COOKIE);
            String given = ctx.formParam(Forms.CSRF_FIELD);
            if (expected == null || given == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    given.getBytes(StandardCharsets.UTF_8))) {
                throw new WebError(403, "csrf", "error.csrf");
            }
        }
        if (!open && user == null) {
            ctx.redirect("/jupki/login" + (ctx.queryParam("lang") == null ? "" : "?lang=" + ctx.queryParam("lang")));
            ctx.skipRemainingHandlers();
            return;
        }
        if (path.startsWith("/jupki/staff") && !request.has(Role.CENTRE_STAFF)
                || path.startsWith("/jupki/server") && !request.has(Role.SERVER_ADMIN)) {
            throw new WebError(403, "forbidden", "error.forbidden");
        }
    }

    private static void requireSameSite(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return; // not sent by every client; the CSRF token is still required
        }
        String host = ctx.header("Host");
        try {
            URI uri = URI.create(origin);
            String originHost = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            if (host == null || !host.equalsIgnoreCase(originHost)) {
                throw new WebError(403, "csrf", "error.csrf");
            }
        } catch (IllegalArgumentException e) {
            throw new WebError(403, "csrf", "error.csrf");
        }
    }

    static boolean onCampus(String ip, Institution institution) {
        try {
            byte[] address = InetAddress.getByName(ip).getAddress();
            for (String cidr : institution.campusCidrs()) {
                String[] parts = cidr.split("/");
                byte[] network = InetAddress.getByName(parts[0]).getAddress();
                int bits = parts.length > 1 ? Integer.parseInt(parts[1]) : network.length * 8;
                if (network.length == address.length && prefixMatches(address, network, bits)) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException | NumberFormatException e) {
            return false;
        }
    }

    private static boolean prefixMatches(byte[] address, byte[] network, int bits) {
        for (int i = 0; i < bits; i++) {
            int mask = 0x80 >> (i % 8);
            if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}

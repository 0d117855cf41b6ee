package dev.upkisim.web.sim;

import dev.upkisim.web.WebError;
import io.javalin.http.Context;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * The /sim/ control token (SPEC 1.7), compared in constant time. A client proves it knows the token in one of two
 * ways:
 * <ul>
 *   <li>{@code Authorization: Bearer <token>} — scripts, curl, tests;</li>
 *   <li>the cookie {@value #COOKIE} that {@code POST /sim/login} sets for the trainer's dashboard. The cookie exists
 *       because a browser's {@code EventSource} (the dashboard's live timeline) cannot send an
 *       {@code Authorization} header; {@code fetch} then uses the same cookie. It is {@code HttpOnly} (page scripts
 *       never see the token), {@code SameSite=Strict} and {@code Path=/sim}, and holds the token base64url-encoded
 *       so that any configured token is a valid cookie value.</li>
 * </ul>
 * SameSite counts every port of a host as the same site, so a page from another local port could still make the
 * browser send the cookie: a state-changing request (anything but GET and HEAD) proven only by the cookie must
 * come with an {@code Origin} equal to the simulator's own ({@code Host}), as browsers send on such requests.
 */
public final class BearerToken {
    /** The dashboard's login cookie. */
    public static final String COOKIE = "upki-sim-token";
    private final byte[] token;

    public BearerToken(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    /** 24 random bytes, URL-safe base64: 32 characters. */
    public static String generate() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code candidate} (e.g. typed into the login form) is the token. */
    boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(token, candidate.trim().getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the request carries the token, in the header or in the login cookie. */
    boolean accepts(Context ctx) {
        return bearer(ctx) || cookie(ctx);
    }

    void require(Context ctx) {
        if (bearer(ctx)) {
            return;
        }
        if (cookie(ctx)) {
            requireSameOrigin(ctx);
            return;
        }
        String header = ctx.header("Authorization");
        boolean sentBearer = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
        ctx.header("WWW-Authenticate", "Bearer realm=\"upki-sim\"");
        throw new WebError(401, "unauthorized", sentBearer ? "the bearer token is not the simulator's control token"
                : "send the control token printed at start: Authorization: Bearer <token> (or log in at /sim/)");
    }

    /** The {@code Set-Cookie} value that logs a browser in; {@code Secure} when the login came over HTTPS. */
    String loginCookie(boolean secure) {
        return COOKIE + "=" + Base64.getUrlEncoder().withoutPadding().encodeToString(token)
                + "; Path=/sim; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    /** The {@code Set-Cookie} value that logs a browser out. */
    static String logoutCookie() {
        return COOKIE + "=; Path=/sim; Max-Age=0; HttpOnly; SameSite=Strict";
    }

    private boolean bearer(Context ctx) {
        String header = ctx.header("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && matches(header.substring(7));
    }

    private boolean cookie(Context ctx) {
        String value = ctx.cookie(COOKIE);
        if (value == null || value.isEmpty()) {
            return false;
        }
        try {
            return MessageDigest.isEqual(token, Base64.getUrlDecoder().decode(value));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void requireSameOrigin(Context ctx) {
        String method = ctx.method().name();
        if (method.equals("GET") || method.equals("HEAD")) {
            return;
        }
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
        if (origin == null || host == null || !host.toLowerCase(Locale.ROOT).equals(authority(origin))) {
            throw new WebError(403, "cross-origin", "a " + method + " with the dashboard's login cookie must come from "
                    + "the dashboard's own origin; scripts send Authorization: Bearer <token> instead");
        }
    }

    private static String authority(String origin) {
        try {
            String authority = URI.create(origin).getRawAuthority();
            return authority == null ? "" : authority.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}

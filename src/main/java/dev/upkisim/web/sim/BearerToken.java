package dev.upkisim.web.sim;

import dev.upkisim.web.WebError;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** The /sim/ control token (SPEC 1.7): {@code Authorization: Bearer <token>}, compared in constant time. */
public final class BearerToken {
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

    void require(Context ctx) {
        String header = ctx.header("Authorization");
        boolean bearer = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
        if (!bearer || !MessageDigest.isEqual(token, header.substring(7).trim().getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"upki-sim\"");
            throw new WebError(401, "unauthorized", bearer ? "the bearer token is not the simulator's control token"
                    : "send the control token printed at start: Authorization: Bearer <token>");
        }
    }
}

package dev.upkisim.web;

import io.javalin.http.Context;

/**
 * Who a request is for, as its face found out: the portal's guard sets the logged-in member and their institution,
 * the NII face's guard the institution of the RA operator certificate. Faces that do not know (the repository, the
 * one-time URL pages, …) set nothing. Fault rules match on it ({@link HttpFaults}); it is set before any route runs.
 *
 * @param user        a portal member's user id from the fixtures, or {@code null}
 * @param institution an institution id from the fixtures, or {@code null}
 */
public record RequestIdentity(String user, String institution) {
    private static final String ATTRIBUTE = "upki-sim.identity";
    public static final RequestIdentity NOBODY = new RequestIdentity(null, null);

    public static void set(Context ctx, RequestIdentity identity) {
        ctx.attribute(ATTRIBUTE, identity);
    }

    /** What the face's guard set, or {@link #NOBODY}. */
    public static RequestIdentity of(Context ctx) {
        RequestIdentity identity = ctx.attribute(ATTRIBUTE);
        return identity == null ? NOBODY : identity;
    }
}

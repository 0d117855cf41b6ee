package dev.upkisim.web.repo;

import dev.upkisim.web.HttpFaults;
import dev.upkisim.web.WebError;
import dev.upkisim.workflow.OcspService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The OCSP responder at the certificates' AIA URL {@code /repo/ocsp} (RFC 6960 appendix A.1): {@code POST} with
 * an {@code application/ocsp-request} body, or {@code GET /repo/ocsp/{url-encoded base64 DER request}}; both
 * answer {@code application/ocsp-response}. A request that cannot be decoded still gets an OCSP answer
 * (malformedRequest, RFC 6960 2.3), as OCSP clients expect; only a POST of another media type is refused with
 * the repository's error page. A fault rule may ask for a misanswer ({@code tryLater}, {@code stale},
 * {@code unknown}: {@link HttpFaults#ocspKnob}); a slow responder is a fault delay before the route runs.
 */
final class OcspRoutes {
    static final String MEDIA_REQUEST = "application/ocsp-request";
    static final String MEDIA_RESPONSE = "application/ocsp-response";
    private final OcspService ocsp;

    OcspRoutes(OcspService ocsp) {
        this.ocsp = ocsp;
    }

    void addRoutes(RoutesConfig routes) {
        routes.post("/repo/ocsp", this::post);
        routes.get("/repo/ocsp/<request>", this::get);
    }

    private void post(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].trim();
        if (!type.equalsIgnoreCase(MEDIA_REQUEST)) {
            throw WebError.badRequest("POST an OCSP request as " + MEDIA_REQUEST + " (RFC 6960 A.1)");
        }
        answer(ctx, ocsp.respond(ctx.bodyAsBytes(), HttpFaults.ocspKnob(ctx)));
    }

    private void get(Context ctx) {
        String encoded = ctx.path().substring("/repo/ocsp/".length());
        byte[] request;
        try {
            request = Base64.getDecoder().decode(URLDecoder.decode(encoded, StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            request = new byte[0];
        }
        var knob = HttpFaults.ocspKnob(ctx);
        answer(ctx, ocsp.respond(request, knob));
        ctx.header("Cache-Control", knob != null ? "no-store" // a faulted answer must not outlive its rule
                : "max-age=60, public, no-transform, must-revalidate"); // RFC 5019 6.2
    }

    private static void answer(Context ctx, byte[] response) {
        ctx.contentType(MEDIA_RESPONSE).result(response);
    }
}

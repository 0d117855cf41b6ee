package dev.upkisim.web.repo;

import dev.upkisim.web.FastLane;
import dev.upkisim.web.HttpFaults;
import dev.upkisim.web.WebError;
import dev.upkisim.workflow.OcspService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OCSP responder at the certificates' AIA URL {@code /repo/ocsp} (RFC 6960 appendix A.1): {@code POST} with
 * an {@code application/ocsp-request} body, or {@code GET /repo/ocsp/{url-encoded base64 DER request}}; both
 * answer {@code application/ocsp-response}. A request that cannot be decoded still gets an OCSP answer
 * (malformedRequest, RFC 6960 2.3), as OCSP clients expect; only a POST of another media type is refused with
 * the repository's error page. A fault rule may ask for a misanswer ({@code tryLater}, {@code stale},
 * {@code unknown}: {@link HttpFaults#ocspKnob}); a slow responder is a fault delay before the route runs.
 *
 * <p>Served twice over, with the same answers: as Javalin routes, and as a {@link FastLane} — a plain Jetty handler
 * ahead of Javalin that skips its servlet, session and routing layers. The lane exists for issue 6's benchmark target
 * (at least 10,000 responses a second and 5× {@code openssl ocsp -port} on a 2-core machine shared with other work):
 * a reused answer costs about 20 µs of CPU on the lane against about 31 µs through Javalin (persistent connections;
 * about 50 against 62 µs with a connection per request), and that third is the margin while other processes take
 * the cores. It serves only while no maintenance window or fault rule is in force and only what it can answer
 * itself: a POST of another media type, a body without a Content-Length and every misanswer take the Javalin route.
 */
final class OcspRoutes implements FastLane {
    static final String PATH = "/repo/ocsp";
    static final String MEDIA_REQUEST = "application/ocsp-request";
    static final String MEDIA_RESPONSE = "application/ocsp-response";
    /** A GET answer may be cached for a minute (RFC 5019 6.2), as long as the service reuses a signed answer. */
    private static final String CACHE_GOOD = "max-age=60, public, no-transform, must-revalidate";
    /** A faulted answer must not outlive its rule. */
    private static final String CACHE_FAULTED = "no-store";
    /** The largest POST body the lane reads itself; an OCSP request is a few hundred bytes. */
    private static final int LANE_MAX_BODY = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(OcspRoutes.class);
    private final OcspService ocsp;

    OcspRoutes(OcspService ocsp) {
        this.ocsp = ocsp;
    }

    void addRoutes(RoutesConfig routes) {
        routes.post(PATH, this::post);
        routes.get(PATH + "/<request>", this::get);
    }

    private void post(Context ctx) {
        if (!isOcspRequest(ctx.contentType())) {
            throw WebError.badRequest("POST an OCSP request as " + MEDIA_REQUEST + " (RFC 6960 A.1)");
        }
        ctx.contentType(MEDIA_RESPONSE).result(ocsp.respond(ctx.bodyAsBytes(), HttpFaults.ocspKnob(ctx)));
    }

    private void get(Context ctx) {
        var knob = HttpFaults.ocspKnob(ctx);
        ctx.contentType(MEDIA_RESPONSE).result(ocsp.respond(decodeGet(ctx.path()), knob));
        ctx.header("Cache-Control", knob != null ? CACHE_FAULTED : CACHE_GOOD);
    }

    @Override
    public boolean owns(String path) {
        return path.equals(PATH) || path.startsWith(PATH + "/") && path.length() > PATH.length() + 1;
    }

    @Override
    public boolean handled(Request request, Response response, Callback callback) {
        String path = request.getHttpURI().getPath();
        byte[] der;
        if (request.getMethod().equals("GET") && !path.equals(PATH)) {
            der = ocsp.respond(decodeGet(path));
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, CACHE_GOOD);
        } else if (request.getMethod().equals("POST") && path.equals(PATH)
                && isOcspRequest(request.getHeaders().get(HttpHeader.CONTENT_TYPE))
                && request.getLength() >= 0 && request.getLength() <= LANE_MAX_BODY) {
            try {
                der = ocsp.respond(body(request));
            } catch (RuntimeException e) { // the body is read: too late for the Javalin route's error page
                LOG.error("unexpected error on POST {}", PATH, e);
                Response.writeError(request, response, callback, 500, "upki-sim failed to answer; its log says why");
                return true;
            }
        } else {
            return false;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, MEDIA_RESPONSE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, der.length);
        response.write(true, ByteBuffer.wrap(der), callback);
        return true;
    }

    /** The body, as long as Content-Length says (blocking: the handler runs on a pool thread). */
    private static byte[] body(Request request) {
        try { // not closed: closing before the end of the content would fail the request
            return Content.Source.asInputStream(request).readNBytes((int) request.getLength());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a Content-Type names an OCSP request, parameters aside (RFC 6960 A.1). */
    static boolean isOcspRequest(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().equalsIgnoreCase(MEDIA_REQUEST);
    }

    /** The DER request in a GET path {@code /repo/ocsp/{url-encoded base64}}; undecodable: empty (malformedRequest). */
    static byte[] decodeGet(String path) {
        try {
            return Base64.getDecoder().decode(URLDecoder.decode(path.substring(PATH.length() + 1), StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}

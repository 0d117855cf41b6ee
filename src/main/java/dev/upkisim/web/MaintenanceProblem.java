package dev.upkisim.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkisim.core.JapanTime;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The maintenance answer for API and ACME clients (SPEC 1.6): HTTP 503 with an RFC 9457 problem document (type
 * {@code urn:upki-sim:problem:maintenance}) whose extension members say which window and until when; the
 * {@code Retry-After} header is already set by {@link MaintenanceGuard}.
 */
public final class MaintenanceProblem {
    public static final String TYPE = "urn:upki-sim:problem:maintenance";
    private static final ObjectMapper JSON = new ObjectMapper();

    private MaintenanceProblem() {
    }

    public static void render(Context ctx, MaintenanceNotice notice) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE);
        problem.put("title", "Service Unavailable");
        problem.put("status", 503);
        problem.put("detail", "The " + notice.face().label().en() + " is in maintenance until "
                + JapanTime.plain(notice.end()) + " (" + notice.title().en() + "); retry after "
                + notice.retryAfterSeconds() + " seconds.");
        problem.put("face", notice.face().id());
        problem.put("maintenance", notice.windowId());
        problem.put("start", notice.start().toString());
        problem.put("end", notice.end().toString());
        problem.put("retryAfter", notice.retryAfterSeconds());
        try {
            ctx.contentType("application/problem+json").result(JSON.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the client asked for a page rather than data (a browser's Accept names text/html). */
    public static boolean wantsHtml(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("text/html");
    }
}

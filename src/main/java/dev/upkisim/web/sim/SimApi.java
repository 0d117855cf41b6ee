package dev.upkisim.web.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkisim.clock.SimClock;
import dev.upkisim.core.Event;
import dev.upkisim.workflow.events.Timeline;
import dev.upkisim.web.Face;
import dev.upkisim.web.WebError;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The simulator control API (SPEC 1.7) at {@code /sim/}. Every call needs the token ({@link BearerToken}), except
 * {@code GET /sim/health}, which answers 200 once the simulator is ready, the API's description, and the paths a
 * group declares open ({@link SimRoutes#isOpen}: the dashboard's login page and files). Errors are problem+json.
 */
public final class SimApi implements Face {
    /** What needs no token: readiness, and the API's description (issue 5 item 8). */
    private static final java.util.Set<String> OPEN_PATHS = java.util.Set.of("/sim/health", "/sim/openapi.json", "/sim/api");
    private final BearerToken token;
    private final SimClock clock;
    private final BooleanSupplier ready;
    private final List<SimRoutes> groups;
    private final Timeline timeline;

    public SimApi(BearerToken token, SimClock clock, BooleanSupplier ready, List<SimRoutes> groups, Timeline timeline) {
        this.token = token;
        this.clock = clock;
        this.ready = ready;
        this.groups = List.copyOf(groups);
        this.timeline = timeline;
    }

    @Override
    public String prefix() {
        return "/sim";
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.before("/sim/*", ctx -> {
            String path = ctx.path();
            if (!OPEN_PATHS.contains(path) && groups.stream().noneMatch(group -> group.isOpen(path))) {
                token.require(ctx);
            }
        });
        routes.get("/sim/health", this::health);
        routes.get("/sim/openapi.json", ctx -> ctx.json(ApiDescription.document()));
        routes.get("/sim/api", ctx -> ctx.html(ApiDescriptionPage.render(ApiDescription.document())));
        routes.get("/sim/clock", ctx -> ctx.json(ClockView.of(clock)));
        routes.post("/sim/clock", this::changeClock);
        routes.get("/sim/tls", ctx -> ctx.json(TlsView.of(ctx.req())));
        groups.forEach(group -> group.addRoutes(routes));
    }

    private void health(Context ctx) {
        if (ready.getAsBoolean()) {
            ctx.contentType("application/json").result("{\"status\":\"ok\"}");
        } else {
            ctx.status(503).header("Retry-After", "1").json(Map.of("status", "starting"));
        }
    }

    private void changeClock(Context ctx) {
        JsonNode body;
        try {
            body = ctx.body().isBlank() ? null : Json.MAPPER.readTree(ctx.body());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw WebError.badRequest("the body is not JSON: " + e.getOriginalMessage());
        }
        ClockChange change = ClockChange.parse(body);
        clock.change(change.advance(), change.speed(), change.frozen());
        ClockView now = ClockView.of(clock);
        timeline.record(Event.of("sim", "clock.changed", "simulated clock " + change.describe() + "; now " + now.now()
                + ", speed " + now.speed() + (now.frozen() ? ", frozen" : "")));
        ctx.json(now);
    }

    @Override
    public void renderError(Context ctx, WebError error) {
        ctx.status(error.status()).contentType(Problem.CONTENT_TYPE)
                .result(toJson(Problem.of(error.status(), error.kind(), error.detail())).getBytes(StandardCharsets.UTF_8));
    }

    private static String toJson(Problem problem) {
        try {
            return Json.MAPPER.writeValueAsString(problem);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Jackson, loaded when first needed (a class is initialised on first use): it is not needed to start. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}

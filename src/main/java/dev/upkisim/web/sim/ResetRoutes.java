package dev.upkisim.web.sim;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkisim.web.WebError;
import dev.upkisim.workflow.reset.ResetRefusedException;
import dev.upkisim.workflow.reset.SimulatorReset;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Set;

/**
 * {@code POST /sim/reset} (issue 5 item 5): back to a clean state, in one transaction (see {@link SimulatorReset}).
 * The body is optional; {@code {"ca": true}} asks for a new CA hierarchy, which is refused with 409 (restart with a
 * fresh data directory instead). The answer:
 * <pre>
 * {"scenario": "realistic", "deleted": {"mailDeliveries": 0, "mails": 6, "oneTimeUrls": 4, "certificates": 1,
 *  "jobs": 2, "applications": 2, "uploads": 1}, "kept": ["CA hierarchy", …]}
 * </pre>
 * A fixtures or scenario file that cannot be read now is a 409 problem; jobs that would not finish, a 503.
 */
public final class ResetRoutes implements SimRoutes {
    private final SimulatorReset reset;

    public ResetRoutes(SimulatorReset reset) {
        this.reset = reset;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.post("/sim/reset", this::reset);
    }

    private void reset(Context ctx) {
        JsonNode body = JsonBodies.object(ctx, "{} or {\"ca\": true}", true);
        JsonBodies.onlyFields(body, Set.of("ca"));
        JsonNode ca = body.get("ca");
        if (ca != null && !ca.isBoolean()) {
            throw WebError.badRequest("ca must be true or false");
        }
        try {
            ctx.json(reset.reset(ca != null && ca.asBoolean(), "/sim/reset"));
        } catch (ResetRefusedException e) {
            switch (e.reason()) {
                case CA_HIERARCHY -> throw new WebError(409, "ca-regeneration-refused", e.getMessage());
                case FILES -> throw new WebError(409, "reset-refused", e.getMessage());
                default -> {
                    ctx.header("Retry-After", "1");
                    throw new WebError(503, "busy", e.getMessage());
                }
            }
        }
    }
}

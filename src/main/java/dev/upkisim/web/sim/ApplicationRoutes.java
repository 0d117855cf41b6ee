package dev.upkisim.web.sim;

import dev.upkisim.web.WebError;
import dev.upkisim.workflow.ApplicationReset;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/** {@code POST /sim/applications/{id}/reset}: what centre staff do for a stuck application (SPEC 1.3). */
public final class ApplicationRoutes implements SimRoutes {
    private final ApplicationReset reset;

    public ApplicationRoutes(ApplicationReset reset) {
        this.reset = reset;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.post("/sim/applications/{id}/reset", this::reset);
    }

    private void reset(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw WebError.badRequest("the application id must be a number");
        }
        ApplicationReset.Result result = reset.reset(id, null)
                .orElseThrow(() -> WebError.notFound("no application " + id));
        if (result.refusal() != null) {
            throw new WebError(409, "not-resettable", result.refusal());
        }
        ctx.json(Map.of("application", id, "state", result.application().state().name(),
                "certificateUrl", result.certificateUrl()));
    }
}

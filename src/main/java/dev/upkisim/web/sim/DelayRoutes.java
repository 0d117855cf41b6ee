package dev.upkisim.web.sim;

import dev.upkisim.workflow.delays.DelayControls;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * The processing delays at run time (issue 5 item 2, SPEC 1.6): {@code GET /sim/delays} shows each stage's
 * distribution ({@link DelaysView}); {@code POST /sim/delays} sets one ({@link DelayChange}), saved and recorded as a
 * {@code delays.changed} event, and answers with the view.
 */
public final class DelayRoutes implements SimRoutes {
    private final DelayControls controls;

    public DelayRoutes(DelayControls controls) {
        this.controls = controls;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get("/sim/delays", ctx -> ctx.json(DelaysView.of(controls.delays())));
        routes.post("/sim/delays", this::change);
    }

    private void change(Context ctx) {
        DelayChange change = DelayChange.parse(JsonBodies.object(ctx,
                "{\"stage\": \"nii-to-ca\", \"logNormal\": {\"median\": \"PT10M\", \"p95\": \"PT70M\"}}", false));
        controls.set(change.stage(), change.distribution(), "/sim/delays");
        ctx.json(DelaysView.of(controls.delays()));
    }
}

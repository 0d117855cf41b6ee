package dev.upkisim.web.sim;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkisim.web.WebError;
import dev.upkisim.workflow.scenarios.InvalidScenarioException;
import dev.upkisim.workflow.scenarios.Scenarios;
import dev.upkisim.workflow.scenarios.UnknownScenarioException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/**
 * Scenarios (issue 5 item 5, SPEC 1.6). {@code GET /sim/scenario}:
 * <pre>
 * {"current": {"name": "realistic", "loadedAt": "2026-…Z", "by": "first start"},
 *  "available": [{"name": "double-click", "file": "…/double-click.yaml", "description": {"ja": "…", "en": "…"},
 *                 "problem": null}, …]}
 * </pre>
 * ({@code problem}: why a file cannot be loaded, with file and key). {@code POST /sim/scenario} with
 * {@code {"name": "double-click"}} loads it — everything it sets at once, saved, with a {@code scenario.loaded} event —
 * and answers {@code {"current": {…}, "summary": "clock: …; delays: …; quirks: …"}}. An unknown name is a 404 and a
 * broken file a 400 problem; either way nothing changes.
 */
public final class ScenarioRoutes implements SimRoutes {
    private final Scenarios scenarios;

    public ScenarioRoutes(Scenarios scenarios) {
        this.scenarios = scenarios;
    }

    record ScenariosView(Scenarios.Current current, List<Scenarios.Available> available) {
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get("/sim/scenario", ctx -> ctx.json(new ScenariosView(scenarios.current().orElse(null),
                scenarios.available())));
        routes.post("/sim/scenario", this::load);
    }

    private void load(Context ctx) {
        JsonNode body = JsonBodies.object(ctx, "{\"name\": \"double-click\"}", false);
        JsonBodies.onlyFields(body, Set.of("name"));
        String name = JsonBodies.text(body, "name", "a scenario's name, e.g. \"double-click\" (GET /sim/scenario lists them)");
        try {
            ctx.json(scenarios.load(name, "/sim/scenario"));
        } catch (UnknownScenarioException e) {
            throw new WebError(404, "unknown-scenario", e.getMessage());
        } catch (InvalidScenarioException e) {
            throw new WebError(400, "invalid-scenario", e.getMessage());
        }
    }
}

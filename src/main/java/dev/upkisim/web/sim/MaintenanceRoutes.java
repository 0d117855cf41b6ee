package dev.upkisim.web.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkisim.core.MaintenanceWindow;
import dev.upkisim.web.WebError;
import dev.upkisim.workflow.maintenance.MaintenanceControl;
import dev.upkisim.workflow.maintenance.MaintenanceWindowFields;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Map;

/**
 * Maintenance windows at run time (SPEC 1.6, 1.7):
 * <ul>
 *   <li>{@code GET /sim/maintenance[?occurrences=N]}: every window, going on first, each with its next N (default
 *       {@value #DEFAULT_OCCURRENCES}) occurrences; {@code GET /sim/maintenance/{id}}: one;</li>
 *   <li>{@code POST /sim/maintenance}: add one, in the fields of {@code fixtures/maintenance.yaml} as JSON, e.g.
 *       {@code {"face": "jupki", "duration": "PT1H"}} (starting now) or {@code {"face": "upki", "every": {"nth": 3,
 *       "weekday": "SATURDAY"}, "from": "09:00", "to": "18:00"}}; 201 with the window, or 400 saying what is wrong
 *       (nothing changed);</li>
 *   <li>{@code DELETE /sim/maintenance/{id}}: delete an added window (204; 404 unknown; 409 for the fixtures' windows,
 *       which come from the file); {@code DELETE /sim/maintenance}: delete every added one (200 with their ids).</li>
 * </ul>
 */
public final class MaintenanceRoutes implements SimRoutes {
    static final int DEFAULT_OCCURRENCES = 3;
    private static final int MAX_OCCURRENCES = 50;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final MaintenanceControl control;

    public MaintenanceRoutes(MaintenanceControl control) {
        this.control = control;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get("/sim/maintenance", this::list);
        routes.get("/sim/maintenance/{id}", this::one);
        routes.post("/sim/maintenance", this::add);
        routes.delete("/sim/maintenance/{id}", this::remove);
        routes.delete("/sim/maintenance", this::removeAdded);
    }

    private void list(Context ctx) {
        Instant now = control.now();
        ctx.json(new MaintenanceView.Listing(now, control.list(now, occurrences(ctx)).stream().map(MaintenanceView::of).toList()));
    }

    private void one(Context ctx) {
        ctx.json(control.find(ctx.pathParam("id"), control.now(), occurrences(ctx)).map(MaintenanceView::of)
                .orElseThrow(() -> WebError.notFound("there is no maintenance window '" + ctx.pathParam("id") + "'")));
    }

    private void add(Context ctx) {
        Map<?, ?> fields = body(ctx);
        MaintenanceWindow window;
        try {
            window = control.add(fields);
        } catch (IllegalArgumentException e) {
            throw WebError.badRequest(e.getMessage());
        }
        ctx.status(201).header("Location", "/sim/maintenance/" + window.id());
        ctx.json(control.find(window.id(), control.now(), DEFAULT_OCCURRENCES).map(MaintenanceView::of).orElseThrow());
    }

    private void remove(Context ctx) {
        String id = ctx.pathParam("id");
        switch (control.remove(id)) {
            case REMOVED -> ctx.status(204);
            case UNKNOWN -> throw WebError.notFound("there is no maintenance window '" + id + "'");
            case FROM_FIXTURES -> throw new WebError(409, "fixture-window", "maintenance window '" + id + "' comes from"
                    + " the fixtures (maintenance.yaml); change the file, or start with maintenance.fixtureWindows=false");
        }
    }

    private void removeAdded(Context ctx) {
        ctx.json(Map.of("deleted", control.removeAdded().stream().map(MaintenanceWindow::id).toList()));
    }

    private static Map<?, ?> body(Context ctx) {
        JsonNode body;
        try {
            body = ctx.body().isBlank() ? null : JSON.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw WebError.badRequest("the body is not JSON: " + e.getOriginalMessage());
        }
        if (body == null || !body.isObject()) {
            throw WebError.badRequest("send a JSON object such as {\"face\": \"jupki\", \"duration\": \"PT1H\"} or"
                    + " {\"face\": \"upki\", \"start\": \"2026-12-19T00:00:00Z\", \"end\": \"2026-12-19T09:00:00Z\"}");
        }
        return MaintenanceWindowFields.plain(body);
    }

    private static int occurrences(Context ctx) {
        String given = ctx.queryParam("occurrences");
        if (given == null) {
            return DEFAULT_OCCURRENCES;
        }
        try {
            int count = Integer.parseInt(given.trim());
            if (count >= 0 && count <= MAX_OCCURRENCES) {
                return count;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the message below
        }
        throw WebError.badRequest("occurrences must be a whole number from 0 to " + MAX_OCCURRENCES + ", got \"" + given + "\"");
    }
}

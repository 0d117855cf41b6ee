package dev.upkisim.web.sim;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkisim.core.LocalizedText;
import dev.upkisim.web.WebError;
import dev.upkisim.workflow.quirks.Quirk;
import dev.upkisim.workflow.quirks.QuirkControls;
import dev.upkisim.workflow.quirks.QuirkMode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real service's quirks, switchable at run time (issue 5 item 4). {@code GET /sim/quirks}:
 * <pre>
 * {"quirks": [{"name": "doubleSubmit", "state": "faithful", "default": "faithful", "setting": "quirks.doubleSubmit",
 *              "description": {"ja": "…", "en": "…"}, "source": "SPEC 1.3; seed FAQ …"}, …]}
 * </pre>
 * {@code POST /sim/quirks} with {@code {"doubleSubmit": "fixed", "pinBeforeCertificate": "faithful"}} switches any of
 * them together (all are checked first), each change saved and recorded as a {@code quirk.changed} event; the answer
 * is {@code {"changed": {"doubleSubmit": "fixed"}, "quirks": [ … as GET … ]}}.
 */
public final class QuirkRoutes implements SimRoutes {
    private final QuirkControls controls;

    public QuirkRoutes(QuirkControls controls) {
        this.controls = controls;
    }

    record QuirkView(String name, String state, @com.fasterxml.jackson.annotation.JsonProperty("default") String byDefault,
                     String setting, LocalizedText description, String source) {
    }

    record QuirksView(List<QuirkView> quirks) {
    }

    record Switched(Map<String, String> changed, List<QuirkView> quirks) {
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get("/sim/quirks", ctx -> ctx.json(new QuirksView(views())));
        routes.post("/sim/quirks", this::change);
    }

    private void change(Context ctx) {
        JsonNode body = JsonBodies.object(ctx, "{\"doubleSubmit\": \"fixed\"} (quirks: " + Quirk.ids() + ")", false);
        if (body.isEmpty()) {
            throw WebError.badRequest("name at least one quirk: " + Quirk.ids());
        }
        Map<Quirk, QuirkMode> changes = new EnumMap<>(Quirk.class);
        for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            Quirk quirk = Quirk.byId(field.getKey()).orElseThrow(() -> WebError.badRequest("unknown quirk '"
                    + field.getKey() + "'; known: " + Quirk.ids()));
            if (!field.getValue().isTextual()) {
                throw WebError.badRequest(quirk.id() + " must be \"faithful\" or \"fixed\"");
            }
            try {
                changes.put(quirk, QuirkMode.parse(field.getValue().asText()));
            } catch (IllegalArgumentException e) {
                throw WebError.badRequest(quirk.id() + ": " + e.getMessage());
            }
        }
        Map<String, String> changed = new LinkedHashMap<>();
        controls.set(changes, "/sim/quirks").forEach((quirk, mode) -> changed.put(quirk.id(), mode.id()));
        ctx.json(new Switched(changed, views()));
    }

    private List<QuirkView> views() {
        return Arrays.stream(Quirk.values()).map(quirk -> new QuirkView(quirk.id(),
                controls.quirks().mode(quirk).id(), QuirkMode.FAITHFUL.id(), "quirks." + quirk.id(), quirk.description(),
                quirk.source())).toList();
    }
}

package dev.upkisim.web.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upkisim.web.WebError;
import dev.upkisim.workflow.faults.FaultBook;
import dev.upkisim.workflow.faults.FaultRuleJson;
import dev.upkisim.workflow.faults.FaultRuleParser;
import dev.upkisim.workflow.faults.InvalidFaultRule;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Deterministic fault injection (SPEC 1.6, issue 5 item 3; OCSP knobs of issue 6 item 2):
 * <ul>
 *   <li>{@code GET /sim/faults}: {@code {"seed": …, "rules": [rule…]}}, each rule with its {@code id}, its
 *       {@code match}, {@code trigger} and {@code action} as {@link FaultRuleParser} reads them, {@code considered}
 *       (how many requests or steps it was asked about), {@code fired} and a {@code description} in plain words;</li>
 *   <li>{@code POST /sim/faults}: adds one rule (format and examples: {@link FaultRuleParser}); 201 with the rule
 *       and its {@code Location}; bad input is a 400 problem saying which field is wrong, and changes nothing;</li>
 *   <li>{@code GET /sim/faults/{id}}, {@code DELETE /sim/faults/{id}}: one rule; {@code DELETE /sim/faults}: all
 *       (ids start at 1 again).</li>
 * </ul>
 * These routes are never faulted themselves. Each firing is a {@code fault.fired} event ({@code /sim/events?kind=fault}).
 */
public final class FaultRoutes implements SimRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final FaultBook book;
    private final FaultRuleParser parser;

    public FaultRoutes(FaultBook book, FaultRuleParser parser) {
        this.book = book;
        this.parser = parser;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get("/sim/faults", this::list);
        routes.post("/sim/faults", this::add);
        routes.delete("/sim/faults", ctx -> {
            book.clear();
            ctx.status(204);
        });
        routes.get("/sim/faults/{id}", ctx -> ctx.json(view(book.find(id(ctx)).orElseThrow(() -> missing(ctx)))));
        routes.delete("/sim/faults/{id}", ctx -> {
            if (!book.remove(id(ctx))) {
                throw missing(ctx);
            }
            ctx.status(204);
        });
    }

    private void list(Context ctx) {
        ObjectNode answer = JSON.createObjectNode().put("seed", book.seed());
        var rules = answer.putArray("rules");
        book.reports().forEach(report -> rules.add(view(report)));
        ctx.json(answer);
    }

    private void add(Context ctx) {
        JsonNode body;
        try {
            body = ctx.body().isBlank() ? null : JSON.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw WebError.badRequest("the body is not JSON: " + e.getOriginalMessage());
        }
        FaultBook.Report added;
        try {
            added = book.add(parser.parse(body));
        } catch (InvalidFaultRule e) {
            throw WebError.badRequest(e.getMessage());
        }
        ctx.status(201).header("Location", "/sim/faults/" + added.rule().id()).json(view(added));
    }

    /** A rule as the API shows it: id, the rule as it would be posted, counts and plain words. */
    static ObjectNode view(FaultBook.Report report) {
        ObjectNode view = JSON.createObjectNode().put("id", report.rule().id());
        view.setAll(FaultRuleJson.write(report.rule()));
        view.put("considered", report.considered()).put("fired", report.fired())
                .put("description", report.rule().describe());
        return view;
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw WebError.notFound("a fault rule id is a number; GET /sim/faults lists them");
        }
    }

    private static WebError missing(Context ctx) {
        return WebError.notFound("there is no fault rule " + ctx.pathParam("id") + "; GET /sim/faults lists them");
    }
}

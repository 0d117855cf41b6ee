package dev.upkisim.web.sim;

import dev.upkisim.core.EventQuery;
import dev.upkisim.core.RecordedEvent;
import dev.upkisim.web.WebError;
import dev.upkisim.workflow.events.Timeline;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The timeline (issue 5): {@code GET /sim/events} lists events as JSON, filtered by {@code face}, {@code kind},
 * {@code application}, {@code user}, {@code institution}, {@code after} (an event id) and {@code limit};
 * {@code GET /sim/events/stream} sends the same, live, as {@code text/event-stream} — from now on, or after
 * {@code after} / the {@code Last-Event-ID} a reconnecting client sends (ask with {@code Accept: text/event-stream},
 * as {@code EventSource} does).
 */
public final class EventRoutes implements SimRoutes {
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
    private final Timeline timeline;

    public EventRoutes(Timeline timeline) {
        this.timeline = timeline;
    }

    /** One event as JSON: flat, with both clocks. */
    record EventView(long id, Instant simulatedAt, Instant realAt, String face, String kind, Long application,
                     String user, String institution, String reason) {
        static EventView of(RecordedEvent recorded) {
            var event = recorded.event();
            return new EventView(recorded.id(), recorded.simAt(), recorded.wallAt(), event.face(), event.kind(),
                    event.applicationId(), event.user(), event.institution(), event.reason());
        }
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get("/sim/events", ctx -> ctx.json(timeline.list(query(ctx, after(ctx))).stream().map(EventView::of).toList()));
        routes.before("/sim/events/stream", ctx -> query(ctx, start(ctx))); // bad input: problem+json, no stream
        routes.sse("/sim/events/stream", this::stream);
    }

    private void stream(SseClient client) {
        client.keepAlive();
        long last = start(client.ctx());
        EventQuery query = query(client.ctx(), last);
        try {
            while (!client.terminated()) {
                List<RecordedEvent> events = timeline.awaitAfter(query.after(last), KEEP_ALIVE);
                if (events.isEmpty()) {
                    client.sendComment("keep-alive");
                }
                for (RecordedEvent event : events) {
                    client.sendEvent(event.event().kind(), EventView.of(event), Long.toString(event.id()));
                    last = event.id();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            client.close();
        }
    }

    private static long after(Context ctx) {
        String after = ctx.queryParam("after");
        return after == null ? 0 : number(after, "after");
    }

    /** Where a stream starts: after the reconnecting client's {@code Last-Event-ID}, {@code after}, or now. */
    private long start(Context ctx) {
        String lastEventId = ctx.header("Last-Event-ID");
        String after = lastEventId != null ? lastEventId : ctx.queryParam("after");
        return after != null ? number(after, lastEventId != null ? "Last-Event-ID" : "after") : timeline.lastId();
    }

    private static EventQuery query(Context ctx, long defaultAfter) {
        String application = ctx.queryParam("application");
        String limit = ctx.queryParam("limit");
        try {
            return new EventQuery(ctx.queryParam("face"), ctx.queryParam("kind"),
                    application == null ? null : number(application, "application"), ctx.queryParam("user"),
                    ctx.queryParam("institution"), defaultAfter,
                    limit == null ? EventQuery.MAX_LIMIT : (int) number(limit, "limit"));
        } catch (IllegalArgumentException e) {
            throw WebError.badRequest(e.getMessage());
        }
    }

    private static long number(String text, String name) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw WebError.badRequest(name + " must be a number, got \"" + text + "\"");
        }
    }
}

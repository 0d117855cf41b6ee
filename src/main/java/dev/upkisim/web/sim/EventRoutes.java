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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timeline (issue 5): {@code GET /sim/events} lists events as JSON, filtered by {@code face}, {@code kind},
 * {@code application}, {@code user}, {@code institution}, {@code after} (an event id) and {@code limit};
 * {@code GET /sim/events/stream} sends the same, live, as {@code text/event-stream} — from now on, or after
 * {@code after} / the {@code Last-Event-ID} a reconnecting client sends (ask with {@code Accept: text/event-stream},
 * as {@code EventSource} does).
 *
 * <p>{@code last=N} lists the newest N matching events instead (still oldest first): a page shows the recent past,
 * then follows the stream from the newest id. Streamed events are named by their kind; {@code named=false} sends
 * them unnamed, for a browser's {@code EventSource.onmessage}, which sees only unnamed events and cannot know every
 * kind in advance.
 */
public final class EventRoutes implements SimRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(EventRoutes.class);
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
        routes.get("/sim/events", this::list);
        routes.before("/sim/events/stream", ctx -> query(ctx, start(ctx), null)); // bad input: problem+json, no stream
        routes.sse("/sim/events/stream", this::stream);
    }

    private void list(Context ctx) {
        String last = ctx.queryParam("last");
        long newest = last == null ? 0 : number(last, "last");
        if (last != null && (newest < 1 || newest > EventQuery.MAX_LIMIT)) {
            throw WebError.badRequest("last must be 1–" + EventQuery.MAX_LIMIT + ", got " + last);
        }
        EventQuery query = query(ctx, after(ctx), last == null ? null : (int) newest);
        ctx.json((last == null ? timeline.list(query) : timeline.latest(query)).stream().map(EventView::of).toList());
    }

    private void stream(SseClient client) {
        client.keepAlive();
        boolean named = !"false".equals(client.ctx().queryParam("named"));
        long last = start(client.ctx());
        EventQuery query = query(client.ctx(), last, null);
        try {
            while (!client.terminated() && !timeline.isClosed()) {
                List<RecordedEvent> events = timeline.awaitAfter(query.after(last), KEEP_ALIVE);
                if (events.isEmpty()) {
                    client.sendComment("keep-alive");
                }
                for (RecordedEvent event : events) {
                    client.sendEvent(named ? event.event().kind() : "message", EventView.of(event), Long.toString(event.id()));
                    last = event.id();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // a stream has no error page to show; the usual cause is the simulator closing under an open dashboard
            LOG.info("an event stream ended: {}", e.getMessage());
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

    /** @param last the {@code last} parameter, which sets the limit; {@code null} when not given */
    private static EventQuery query(Context ctx, long defaultAfter, Integer last) {
        String application = ctx.queryParam("application");
        String limit = ctx.queryParam("limit");
        if (last != null && limit != null) {
            throw WebError.badRequest("give either last or limit, not both");
        }
        try {
            return new EventQuery(ctx.queryParam("face"), ctx.queryParam("kind"),
                    application == null ? null : number(application, "application"), ctx.queryParam("user"),
                    ctx.queryParam("institution"), defaultAfter,
                    last != null ? last : limit == null ? EventQuery.MAX_LIMIT : (int) number(limit, "limit"));
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

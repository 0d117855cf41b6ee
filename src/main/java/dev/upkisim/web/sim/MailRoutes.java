package dev.upkisim.web.sim;

import dev.upkisim.store.Database;
import dev.upkisim.store.OutboxStore;
import dev.upkisim.web.WebError;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;

/**
 * The outbox (SPEC 1.4): {@code GET /sim/mail} lists every mail ({@code ?application=ID} filters), and
 * {@code GET /sim/mail/{id}.eml} gives the raw signed message, byte for byte as delivered.
 */
public final class MailRoutes implements SimRoutes {
    private final Database database;
    private final OutboxStore outbox;

    public MailRoutes(Database database, OutboxStore outbox) {
        this.database = database;
        this.outbox = outbox;
    }

    /** One outbox entry as JSON. */
    record MailView(long id, String from, List<String> to, String subject, Instant date, String kind, Long application,
                    List<OutboxStore.Delivery> deliveries) {
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get("/sim/mail", this::list);
        routes.get("/sim/mail/{file}", this::raw);
    }

    private void list(Context ctx) {
        String filter = ctx.queryParam("application");
        Long application;
        try {
            application = filter == null ? null : Long.valueOf(filter);
        } catch (NumberFormatException e) {
            throw WebError.badRequest("application must be an application id (a number)");
        }
        ctx.json(database.read(c -> {
            List<MailView> views = new java.util.ArrayList<>();
            for (OutboxStore.StoredMail mail : outbox.list(c, application)) {
                views.add(new MailView(mail.id(), mail.from(), mail.recipients(), mail.subject(), mail.createdAt(),
                        mail.kind(), mail.applicationId(), outbox.deliveries(c, mail.id())));
            }
            return views;
        }));
    }

    private void raw(Context ctx) {
        String file = ctx.pathParam("file");
        if (!file.matches("[0-9]{1,18}\\.eml")) {
            throw WebError.notFound("ask for /sim/mail/<id>.eml");
        }
        long id = Long.parseLong(file.substring(0, file.length() - 4));
        byte[] raw = database.read(c -> outbox.raw(c, id)).orElseThrow(() -> WebError.notFound("no mail " + id));
        ctx.contentType("message/rfc822").header("Content-Disposition", "attachment; filename=\"" + file + "\"").result(raw);
    }
}

package dev.upkisim.web.sim;

import dev.upkisim.mail.MailReader;
import dev.upkisim.mail.ReadableMail;
import dev.upkisim.store.Database;
import dev.upkisim.store.OutboxStore;
import dev.upkisim.web.WebError;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;

/**
 * The outbox (SPEC 1.4): {@code GET /sim/mail} lists every mail ({@code ?application=ID} filters),
 * {@code GET /sim/mail/{id}.eml} gives the raw signed message, byte for byte as delivered, and
 * {@code GET /sim/mail/{id}.json} the same mail as a person reads it ({@link ReadableMail}: headers and text decoded
 * from ISO-2022-JP, attachments listed).
 */
public final class MailRoutes implements SimRoutes {
    private final Database database;
    private final OutboxStore outbox;
    private final MailReader reader;

    public MailRoutes(Database database, OutboxStore outbox, MailReader reader) {
        this.database = database;
        this.outbox = outbox;
        this.reader = reader;
    }

    /** One outbox entry as JSON. */
    record MailView(long id, String from, List<String> to, String subject, Instant date, String kind, Long application,
                    List<OutboxStore.Delivery> deliveries) {
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        routes.get("/sim/mail", this::list);
        routes.get("/sim/mail/{file}", this::file);
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

    private void file(Context ctx) {
        String file = ctx.pathParam("file");
        if (!file.matches("[0-9]{1,18}\\.(eml|json)")) {
            throw WebError.notFound("ask for /sim/mail/<id>.eml (the raw mail) or /sim/mail/<id>.json (decoded)");
        }
        long id = Long.parseLong(file.substring(0, file.lastIndexOf('.')));
        byte[] raw = database.read(c -> outbox.raw(c, id)).orElseThrow(() -> WebError.notFound("no mail " + id));
        if (file.endsWith(".json")) {
            ctx.json(ReadableMailView.of(id, reader.read(raw)));
        } else {
            ctx.contentType("message/rfc822").header("Content-Disposition", "attachment; filename=\"" + file + "\"").result(raw);
        }
    }
}

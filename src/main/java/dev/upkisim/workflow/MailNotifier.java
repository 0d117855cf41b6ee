package dev.upkisim.workflow;

import dev.upkisim.clock.SimClock;
import dev.upkisim.core.Institution;
import dev.upkisim.mail.Mail;
import dev.upkisim.mail.MailEncoder;
import dev.upkisim.mail.NoticeTemplates;
import dev.upkisim.mail.SmimeSigner;
import dev.upkisim.store.JobStore;
import dev.upkisim.store.OutboxStore;
import dev.upkisim.core.Event;
import dev.upkisim.workflow.events.Timeline;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The {@link Notifier} of the NII side: composes the notice, signs it as the CA Support Center (S/MIME, SPEC 1.4),
 * writes it to the outbox and schedules its delivery to the configured transports after the mail delay (SPEC 1.6,
 * drawn for the outbox id) — all in the caller's transaction. The outbox copy is the mail of record, there at once;
 * delivery failures never touch it.
 */
public final class MailNotifier implements Notifier {
    private final OutboxStore outbox;
    private final JobStore jobs;
    private final SimClock clock;
    private final Delays delays;
    private final MailComposer composer;
    private final Supplier<SmimeSigner> signer;
    private final List<String> transports;
    private final Timeline timeline;
    private final MailEncoder encoder = new MailEncoder();

    /** @param institutions institution id → institution, for the RA's address */
    public MailNotifier(OutboxStore outbox, JobStore jobs, SimClock clock, Delays delays, NoticeTemplates templates,
                        Function<String, Institution> institutions, Supplier<SmimeSigner> signer, List<String> transports,
                        Timeline timeline) {
        this.outbox = outbox;
        this.jobs = jobs;
        this.clock = clock;
        this.delays = delays;
        this.composer = new MailComposer(templates, institutions);
        this.signer = signer;
        this.transports = List.copyOf(transports);
        this.timeline = timeline;
    }

    @Override
    public void send(Connection tx, Notice notice) throws SQLException {
        for (MailComposer.Composed composed : composer.compose(notice, clock.now())) {
            post(tx, composed.kind(), notice.applicationId(), composed.mail(), true);
        }
    }

    /**
     * Writes one mail to the outbox and schedules its deliveries, in the caller's transaction. The NII side's
     * notices are signed by the CA Support Center; the portal's own mails (another sender) are not.
     */
    public void post(Connection tx, String kind, Long applicationId, Mail mail, boolean signed) throws SQLException {
        Instant now = clock.now();
        String messageId = now.toEpochMilli() + "." + Secrets.token().substring(0, 12) + "@upki-sim.invalid";
        ZonedDateTime date = now.atZone(ZoneId.of("Asia/Tokyo"));
        byte[] raw = signed ? encoder.encodeSigned(mail, date, messageId, signer.get()) : encoder.encode(mail, date, messageId);
        long id = outbox.insert(tx, now, mail.fromAddress(), mail.recipients(), mail.subject(), kind, applicationId, raw,
                transports);
        String handedOver = " kept in the outbox";
        if (!transports.isEmpty()) {
            Duration delay = delays.draw(Delays.Stage.MAIL, id);
            jobs.schedule(tx, MailDelivery.JOB_KIND, id, now.plus(delay));
            handedOver = " queued for " + String.join(" and ", transports) + ", handed over in " + delay.withNanos(0)
                    + " (simulated)";
        }
        Event queued = Event.of("mail", "mail.queued", "mail " + id + " 「" + mail.subject() + "」 to "
                + String.join(", ", mail.recipients()) + handedOver);
        timeline.record(tx, applicationId == null ? queued : queued.withApplication(applicationId));
    }
}

package dev.upkisim.workflow;

import dev.upkisim.clock.SimClock;
import dev.upkisim.mail.DeliveryException;
import dev.upkisim.mail.MailTransport;
import dev.upkisim.mail.RetryPolicy;
import dev.upkisim.store.Database;
import dev.upkisim.store.JobStore;
import dev.upkisim.store.JobStore.Job;
import dev.upkisim.store.OutboxStore;
import dev.upkisim.core.Event;
import dev.upkisim.workflow.events.Timeline;
import java.util.List;
import java.util.Map;

/**
 * Delivers an outbox mail to each configured transport (SMTP, webhook; SPEC 1.4). A failed delivery is retried
 * with the retry policy's back-off on the simulated clock, and given up after its last attempt; either way the
 * outbox copy stays.
 */
public final class MailDelivery implements JobHandler {
    public static final String JOB_KIND = "deliver-mail";
    private final Database database;
    private final OutboxStore outbox;
    private final JobStore jobs;
    private final SimClock clock;
    private final Map<String, MailTransport> transports;
    private final RetryPolicy retry;
    private final Timeline timeline;

    public MailDelivery(Database database, OutboxStore outbox, JobStore jobs, SimClock clock,
                        Map<String, MailTransport> transports, RetryPolicy retry, Timeline timeline) {
        this.database = database;
        this.outbox = outbox;
        this.jobs = jobs;
        this.clock = clock;
        this.transports = Map.copyOf(transports);
        this.retry = retry;
        this.timeline = timeline;
    }

    @Override
    public void run(Job job) {
        long mailId = job.subjectId();
        byte[] raw = database.read(c -> outbox.raw(c, mailId)).orElse(null);
        var stored = database.read(c -> outbox.find(c, mailId));
        if (raw == null || stored.isEmpty()) {
            database.write(tx -> {
                jobs.delete(tx, job.id());
                return null;
            });
            return;
        }
        List<String> recipients = stored.get().recipients();
        boolean retryLater = false;
        for (OutboxStore.Delivery delivery : database.read(c -> outbox.deliveries(c, mailId))) {
            MailTransport transport = transports.get(delivery.transport());
            if (!"PENDING".equals(delivery.state()) || transport == null) {
                continue;
            }
            try {
                transport.deliver(raw, recipients);
                record(mailId, delivery.transport(), true, null, false);
            } catch (DeliveryException e) {
                boolean again = retry.shouldRetry(delivery.attempts() + 1, e);
                record(mailId, delivery.transport(), false, e.getMessage(), !again);
                retryLater |= again;
            }
        }
        final boolean reschedule = retryLater;
        database.write(tx -> {
            if (reschedule) {
                jobs.retryLater(tx, job.id(), clock.now().plus(retry.backoffAfter(job.attempts() + 1)), "delivery failed");
            } else {
                jobs.delete(tx, job.id());
            }
            return null;
        });
    }

    private void record(long mailId, String transport, boolean delivered, String error, boolean giveUp) {
        database.write(tx -> {
            outbox.recordAttempt(tx, mailId, transport, delivered, error);
            if (giveUp) {
                outbox.giveUp(tx, mailId, transport);
            }
            timeline.record(tx, Event.of("mail", delivered ? "mail.delivered" : giveUp ? "mail.failed" : "mail.retry",
                    "mail " + mailId + (delivered ? " delivered by " + transport : " not delivered by " + transport
                            + ": " + error + (giveUp ? "; given up (the outbox keeps it)" : "; will retry"))));
            return null;
        });
    }
}

package dev.upkisim.workflow;

import dev.upkisim.clock.SimClock;
import dev.upkisim.core.Application;
import dev.upkisim.core.ApplicationState;
import dev.upkisim.store.ApplicationStore;
import dev.upkisim.store.Database;
import dev.upkisim.store.OneTimeUrlStore;
import dev.upkisim.store.OneTimeUrlStore.Purpose;
import dev.upkisim.workflow.events.ApplicationEvents;
import dev.upkisim.workflow.events.Timeline;
import java.time.Instant;
import java.util.Optional;

/**
 * Centre staff's remedy for a stuck application (seed FAQ: 「数時間待っても…センターまでご連絡ください」): the
 * old one-time URLs are ended, the user gets a new certificate URL (and the admin a new PIN URL if the PIN was
 * never fetched), and the application is no longer stuck. A certificate already issued is kept, so the user
 * downloads that one: there is never a second certificate for one application.
 */
public final class ApplicationReset {

    /** The outcome: the new certificate URL, or why there was nothing to reset. */
    public record Result(Application application, String certificateUrl, String refusal) {
    }

    private final Database database;
    private final ApplicationStore applications;
    private final OneTimeUrlStore urls;
    private final SimClock clock;
    private final Notifier notifier;
    private final OneTimeUrls urlShapes;
    private final Timeline timeline;

    public ApplicationReset(Database database, ApplicationStore applications, OneTimeUrlStore urls, SimClock clock,
                            Notifier notifier, OneTimeUrls urlShapes, Timeline timeline) {
        this.database = database;
        this.applications = applications;
        this.urls = urls;
        this.clock = clock;
        this.notifier = notifier;
        this.urlShapes = urlShapes;
        this.timeline = timeline;
    }

    /** @param institutionId when given, the application must belong to it (staff see their own institution only) */
    public Optional<Result> reset(long applicationId, String institutionId) {
        return database.write(tx -> {
            Application application = applications.find(tx, applicationId)
                    .filter(found -> institutionId == null || found.institutionId().equals(institutionId))
                    .orElse(null);
            if (application == null) {
                return Optional.empty();
            }
            if (application.request().isServer()) {
                return Optional.of(new Result(application, null, "application " + applicationId + " is a server"
                        + " certificate application; it has nothing to pick up and cannot be reset"));
            }
            if (application.state() != ApplicationState.AWAITING_PICKUP && application.state() != ApplicationState.ISSUED) {
                return Optional.of(new Result(application, null, "application " + applicationId + " is "
                        + application.state().name().toLowerCase(java.util.Locale.ROOT) + "; only an application awaiting"
                        + " pickup can be reset"));
            }
            Instant now = clock.now();
            boolean pinFetched = urls.usedExists(tx, applicationId, Purpose.PIN);
            urls.expireAll(tx, applicationId, now);
            String certificateToken = Secrets.token();
            urls.insert(tx, certificateToken, Purpose.CERTIFICATE, applicationId, null, now, ApplicationProcessing.expiry(now));
            applications.setStuck(tx, applicationId, false, now);
            Application reset = applications.find(tx, applicationId).orElseThrow();
            if (!pinFetched) {
                String pinToken = Secrets.token();
                urls.insert(tx, pinToken, Purpose.PIN, applicationId, null, now, ApplicationProcessing.expiry(now));
                notifier.send(tx, new Notice.AccessPin(reset, urlShapes.pin(pinToken)));
            }
            String certificateUrl = urlShapes.certificate(certificateToken);
            notifier.send(tx, new Notice.Acceptance(reset, certificateUrl));
            timeline.record(tx, ApplicationEvents.of(reset, "application.reset", "reset by centre staff: old URLs"
                    + " expired, a new certificate URL mailed" + (pinFetched ? "" : " with a new PIN URL")));
            return Optional.of(new Result(reset, certificateUrl, null));
        });
    }
}

package dev.upkisim.workflow;

import dev.upkisim.clock.SimClock;
import dev.upkisim.core.Application;
import dev.upkisim.core.ApplicationState;
import dev.upkisim.core.IssuedCertificate;
import dev.upkisim.store.ApplicationStore;
import dev.upkisim.store.CertificateStore;
import dev.upkisim.store.Database;
import dev.upkisim.store.OneTimeUrlStore;
import dev.upkisim.store.OneTimeUrlStore.OneTimeUrl;
import dev.upkisim.store.OneTimeUrlStore.Purpose;
import dev.upkisim.workflow.events.ApplicationEvents;
import dev.upkisim.workflow.events.Timeline;
import dev.upkisim.workflow.quirks.Quirk;
import dev.upkisim.workflow.quirks.Quirks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The user's certificate URL of the NII side (SPEC 1.3): 【STEP1】→【STEP2】→【STEP3】, which works only after the
 * PIN was fetched, and the double-click failure.
 *
 * <p>Three of these behaviours are {@link Quirk quirks}, read at each request so that {@code /sim/quirks} switches
 * them at once: {@link Quirk#DOUBLE_SUBMIT} ({@link #secondSubmit}), {@link Quirk#PIN_BEFORE_CERTIFICATE}
 * ({@link #step1}; for bulk P12 see {@link PinAndBulkPickup#bulkP12Entrance}) and
 * {@link Quirk#CERTIFICATE_URL_USED_AT_STEP1} ({@link #enterPassword}, {@link #downloadP12}).
 */
public final class CertificatePickup {
    /** How long a STEP2 page's session lasts. */
    static final Duration SESSION = Duration.ofHours(1);
    private static final Duration FIXED_QUIRK_WAIT = Duration.ofSeconds(120);

    private final Database database;
    private final ApplicationStore applications;
    private final CertificateStore certificates;
    private final OneTimeUrlStore urls;
    private final SimClock clock;
    private final CertificateIssuance issuance;
    private final Delays delays;
    private final Quirks quirks;
    private final Timeline timeline;
    private final PickupUrls pickupUrls;
    private final Handover handover;

    public CertificatePickup(Database database, ApplicationStore applications, CertificateStore certificates,
                             OneTimeUrlStore urls, SimClock clock, CertificateIssuance issuance, Delays delays,
                             Quirks quirks, Timeline timeline, PickupUrls pickupUrls, Handover handover) {
        this.database = database;
        this.applications = applications;
        this.certificates = certificates;
        this.urls = urls;
        this.clock = clock;
        this.issuance = issuance;
        this.delays = delays;
        this.quirks = quirks;
        this.timeline = timeline;
        this.pickupUrls = pickupUrls;
        this.handover = handover;
    }

    public Pickup step1(String token) {
        return pickupUrls.whenOpen(token, Purpose.CERTIFICATE, () -> {
            if (quirks.faithful(Quirk.PIN_BEFORE_CERTIFICATE) && !pickupUrls.siblingUsed(token, Purpose.PIN)) {
                return new Pickup.Refused(Pickup.Reason.PIN_NOT_FETCHED);
            }
            return new Pickup.Step1(token, pickupUrls.application(token), false);
        });
    }

    /**
     * STEP1's form: the access PIN (the 認証情報パスワード) opens STEP2 and — faithfully — uses the certificate URL up;
     * with {@link Quirk#CERTIFICATE_URL_USED_AT_STEP1} fixed the URL stays usable until the P12 is downloaded.
     */
    public Pickup enterPassword(String token, String password) {
        Pickup step1 = step1(token);
        if (!(step1 instanceof Pickup.Step1 open)) {
            return step1;
        }
        if (!constantTimeEquals(open.application().request().accessPin(), password)) {
            timeline.record(ApplicationEvents.of(open.application(), "pickup.wrong-password",
                    "STEP1: the 認証情報パスワード entered is not the access PIN; STEP1 shown again"));
            return new Pickup.Step1(token, open.application(), true);
        }
        boolean useUp = quirks.faithful(Quirk.CERTIFICATE_URL_USED_AT_STEP1);
        return database.<Pickup>write(tx -> {
            Instant now = clock.now();
            if (useUp ? !urls.consume(tx, token, now) : !urls.find(tx, token).map(url -> url.usable(now)).orElse(false)) {
                return new Pickup.Refused(Pickup.Reason.USED);
            }
            String session = Secrets.token();
            urls.insert(tx, session, Purpose.STEP2_SESSION, open.application().id(), null, now, now.plus(SESSION));
            timeline.record(tx, ApplicationEvents.of(open.application(), "pickup.step2", useUp
                    ? "STEP1 passed with the access PIN; the certificate URL is now used up, STEP2 shown"
                    : "STEP1 passed with the access PIN; STEP2 shown; the certificate URL stays open until the P12 is"
                            + " downloaded (quirk certificateUrlUsedAtStep1 fixed)"));
            return new Pickup.Step2(session, open.application());
        });
    }

    /**
     * 「発行」. The first request with a session uses it up and issues; any later one — a double click, back,
     * reload — finds no session: with the faithful quirk it gets 【STEP1】 and the application is stuck.
     */
    public Pickup pressIssue(String sessionToken) {
        OneTimeUrl session = database.read(c -> urls.find(c, sessionToken)).orElse(null);
        if (session == null || session.purpose() != Purpose.STEP2_SESSION) {
            return new Pickup.Refused(Pickup.Reason.UNKNOWN);
        }
        long applicationId = session.applicationId();
        boolean mine = database.write(tx -> urls.consume(tx, sessionToken, clock.now()));
        if (!mine) {
            return secondSubmit(applicationId);
        }
        pause(wallTime(delays.draw(Delays.Stage.ISSUE_BUTTON, applicationId)));
        Application application = database.read(c -> applications.find(c, applicationId)).orElseThrow();
        issuance.issue(application, ApplicationState.AWAITING_PICKUP);
        return database.<Pickup>write(tx -> {
            Instant now = clock.now();
            String download = Secrets.token();
            urls.insert(tx, download, Purpose.STEP3_DOWNLOAD, applicationId, null, now, ApplicationProcessing.expiry(now));
            Application issued = applications.find(tx, applicationId).orElseThrow();
            timeline.record(tx, ApplicationEvents.of(issued, "application.issued",
                    "「発行」 pressed on STEP2: certificate issued, STEP3 shown"));
            return new Pickup.Step3(download, issued);
        });
    }

    /**
     * STEP3's download: the P12 (password = access PIN), once per application; it also uses up the certificate URL if
     * it is still open ({@link Quirk#CERTIFICATE_URL_USED_AT_STEP1} fixed).
     */
    public Pickup downloadP12(String token) {
        return pickupUrls.whenOpen(token, Purpose.STEP3_DOWNLOAD, () -> handOver(token));
    }

    private Pickup handOver(String token) {
        Application application = pickupUrls.application(token);
        IssuedCertificate certificate = database.read(c -> certificates.byApplication(c, application.id())).orElseThrow();
        byte[] p12 = handover.p12(certificate, application);
        return database.<Pickup>write(tx -> {
            Instant now = clock.now();
            if (!urls.consume(tx, token, now)) {
                return new Pickup.Refused(Pickup.Reason.USED);
            }
            urls.useAll(tx, application.id(), Purpose.CERTIFICATE, now);
            if (applications.find(tx, application.id()).map(Application::state).orElse(null) != ApplicationState.ISSUED) {
                return new Pickup.Refused(Pickup.Reason.ALREADY_DOWNLOADED);
            }
            handover.delivered(tx, application, certificate, now);
            return new Pickup.File(Handover.p12Name(application), "application/x-pkcs12", p12);
        });
    }

    /**
     * A 「発行」 request whose session was already used. {@link Quirk#DOUBLE_SUBMIT} faithful: 【STEP1】 for the
     * certificate URL — which is used up (the application is stuck until reset) unless
     * {@link Quirk#CERTIFICATE_URL_USED_AT_STEP1} is fixed; fixed: the first request's 【STEP3】 once it is there.
     */
    private Pickup secondSubmit(long applicationId) {
        if (!quirks.faithful(Quirk.DOUBLE_SUBMIT)) {
            Instant giveUp = Instant.now().plus(FIXED_QUIRK_WAIT);
            while (Instant.now().isBefore(giveUp)) {
                var download = database.read(c -> urls.latest(c, applicationId, Purpose.STEP3_DOWNLOAD));
                if (download.isPresent()) {
                    Application issued = database.read(c -> applications.find(c, applicationId)).orElseThrow();
                    timeline.record(ApplicationEvents.of(issued, "quirk.double-submit", "a second 「発行」 request"
                            + " (double click, back or reload) was answered with the first one's STEP3 (quirk fixed)"));
                    return new Pickup.Step3(download.get().token(), issued);
                }
                pause(Duration.ofMillis(50));
            }
        }
        return database.<Pickup>write(tx -> {
            Instant now = clock.now();
            Optional<OneTimeUrl> certificateUrl = urls.latest(tx, applicationId, Purpose.CERTIFICATE);
            Application application = applications.find(tx, applicationId).orElseThrow();
            if (certificateUrl.filter(url -> url.usable(now)).isEmpty()) {
                applications.setStuck(tx, applicationId, true, now);
                timeline.record(tx, ApplicationEvents.of(application, "quirk.double-submit", "a second 「発行」 request"
                        + " (double click, back or reload) found the STEP2 session used up: STEP1 shown and the"
                        + " application is stuck until reset (seed FAQ)"));
            } else {
                timeline.record(tx, ApplicationEvents.of(application, "quirk.double-submit", "a second 「発行」 request"
                        + " (double click, back or reload) found the STEP2 session used up: STEP1 shown; the certificate"
                        + " URL is still open (quirk certificateUrlUsedAtStep1 fixed), so the access PIN leads on"));
            }
            return new Pickup.Step1(certificateUrl.map(OneTimeUrl::token).orElse(""),
                    applications.find(tx, applicationId).orElseThrow(), false);
        });
    }

    private static boolean constantTimeEquals(String expected, String given) {
        return expected != null && given != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.trim().getBytes(StandardCharsets.UTF_8));
    }

    /** A simulated duration as the wall time it takes at the clock's current speed. */
    private Duration wallTime(Duration simulated) {
        return clock.frozen() ? simulated : Duration.ofMillis((long) (simulated.toMillis() / clock.speed()));
    }

    private static void pause(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.upkisim;

import dev.upkisim.ca.CaHierarchy;
import dev.upkisim.ca.P12Format;
import dev.upkisim.ca.RsaKeyPool;
import dev.upkisim.clock.SimClock;
import dev.upkisim.config.Settings;
import dev.upkisim.config.SettingsCatalog;
import dev.upkisim.fixtures.Fixtures;
import dev.upkisim.mail.MailReader;
import dev.upkisim.mail.MailTransport;
import dev.upkisim.mail.NoticeSender;
import dev.upkisim.mail.NoticeTemplates;
import dev.upkisim.mail.RetryPolicy;
import dev.upkisim.mail.SigningIdentity;
import dev.upkisim.mail.SmimeSigner;
import dev.upkisim.mail.SmtpTransport;
import dev.upkisim.mail.WebhookTransport;
import dev.upkisim.store.ApplicationStore;
import dev.upkisim.store.CertificateStore;
import dev.upkisim.store.ControlStore;
import dev.upkisim.store.CrlStore;
import dev.upkisim.store.OcspResponderStore;
import dev.upkisim.store.Database;
import dev.upkisim.store.EventStore;
import dev.upkisim.store.JobStore;
import dev.upkisim.store.OneTimeUrlStore;
import dev.upkisim.store.OutboxStore;
import dev.upkisim.store.RaCredentialStore;
import dev.upkisim.web.nii.NiiFace;
import dev.upkisim.web.sim.ApplicationRoutes;
import dev.upkisim.web.sim.EventRoutes;
import dev.upkisim.web.sim.FaultRoutes;
import dev.upkisim.web.sim.MailRoutes;
import dev.upkisim.web.sim.RaCredentialRoutes;
import dev.upkisim.web.sim.SimRoutes;
import dev.upkisim.workflow.ApplicationProcessing;
import dev.upkisim.workflow.ApplicationReset;
import dev.upkisim.workflow.CertificateIssuance;
import dev.upkisim.workflow.CertificateListing;
import dev.upkisim.workflow.CertificatePickup;
import dev.upkisim.workflow.CrlPublishing;
import dev.upkisim.workflow.OcspService;
import dev.upkisim.workflow.RevocationView;
import dev.upkisim.workflow.Delays;
import dev.upkisim.workflow.Handover;
import dev.upkisim.workflow.JobRunner;
import dev.upkisim.workflow.MailDelivery;
import dev.upkisim.workflow.MailNotifier;
import dev.upkisim.workflow.OneTimeUrls;
import dev.upkisim.workflow.PickupUrls;
import dev.upkisim.workflow.PinAndBulkPickup;
import dev.upkisim.workflow.RaCredentials;
import dev.upkisim.workflow.RevokeReminder;
import dev.upkisim.workflow.ServerCertificates;
import dev.upkisim.workflow.UploadService;
import dev.upkisim.workflow.events.Timeline;
import dev.upkisim.workflow.faults.FaultBook;
import dev.upkisim.workflow.faults.FaultInjector;
import dev.upkisim.workflow.faults.FaultRuleParser;
import dev.upkisim.workflow.faults.FaultyApplicationStage;
import dev.upkisim.workflow.faults.FaultyMailTransport;
import dev.upkisim.workflow.quirks.Quirks;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The NII issuance system's part of the composition root (SPEC 1.2–1.4): its stores, job runner, workflow
 * services, mail, and the face and /sim/ routes that expose them. Only {@link Simulator} calls it.
 *
 * @param uploads            the RA's TSV upload, also the way the portal applies (server certificates:
 *                           {@link UploadService#applyForServerCertificate})
 * @param serverCertificates server certificate applications' states and issued chains, for the portal
 * @param crls               each issuing CA's CRL, published on revocation and on schedule (RFC 5280 5)
 * @param ocsp               the OCSP responder (RFC 6960), told of each revocation through the CRL publishing
 * @param timeline           every state change and simulation effect, with its reason (issue 5)
 * @param maintenance        the maintenance windows (SPEC 1.6); assembled here because the job runner consults them
 * @param faults             the fault rules (issue 5 item 3): consulted by the HTTP faces, the NII → CA and
 *                           revocation jobs and mail delivery
 * @param faultBook          the fault rules themselves, which a scenario replaces (its {@code faults} section)
 * @param revocations        the OCSP responder's view of issued and revoked certificates (a reset empties it)
 */
record NiiSide(JobRunner runner, NiiFace face, List<SimRoutes> simRoutes, Stores stores, UploadService uploads,
               PinAndBulkPickup pinAndBulk, ApplicationReset reset, MailNotifier notifier, ServerCertificates serverCertificates,
               CrlPublishing crls, OcspService ocsp, Timeline timeline, MaintenanceSide maintenance,
               FaultInjector faults, FaultBook faultBook, RevocationView revocations) {

    /** The NII side's stores, which the portal reads too. */
    record Stores(ApplicationStore applications, CertificateStore certificates, OneTimeUrlStore urls, JobStore jobs,
                  OutboxStore outbox) {
    }

    /** @param delays and @param quirks the run-time controls the workflow reads ({@link ControlSide} changes them) */
    static NiiSide assemble(Settings settings, Database database, SimClock clock, CaHierarchy hierarchy, RsaKeyPool keys,
                            Fixtures fixtures, Supplier<URI> publicUrl, Delays delays, Quirks quirks) {
        var timeline = new Timeline(database, new EventStore(), clock);
        var faultBook = FaultBook.load(database, new ControlStore(), timeline, settings.get(SettingsCatalog.SEED));
        var faults = new FaultInjector(faultBook);
        var applications = new ApplicationStore();
        var certificates = new CertificateStore();
        var urls = new OneTimeUrlStore();
        var jobs = new JobStore();
        var outbox = new OutboxStore();
        var maintenance = MaintenanceSide.assemble(settings, database, clock, fixtures, timeline, jobs);
        JobRunner runner = new JobRunner(database, jobs, clock, 2, maintenance.jobPause());

        Map<String, MailTransport> transports = new LinkedHashMap<>();
        transports(settings).forEach((name, transport) -> transports.put(name, new FaultyMailTransport(transport, faults)));
        NoticeSender sender = sender(settings.get(SettingsCatalog.MAIL_FROM));
        Supplier<SmimeSigner> signer = memoize(() -> new SmimeSigner(SigningIdentity.caSupportCenter(hierarchy,
                sender.address(), clock.now(), clock.wallNow(), keys.take())));
        var notifier = new MailNotifier(outbox, jobs, clock, delays, new NoticeTemplates(sender),
                id -> fixtures.institution(id).orElseThrow(), signer, List.copyOf(transports.keySet()), timeline);

        var issuance = new CertificateIssuance(database, applications, certificates, hierarchy, keys, clock, publicUrl);
        var urlShapes = new OneTimeUrls(publicUrl);
        var crlPublishing = new CrlPublishing(database, certificates, new CrlStore(), jobs, clock, hierarchy,
                settings.get(SettingsCatalog.CRL_VALIDITY), timeline);
        runner.register(CrlPublishing.JOB_KIND, crlPublishing);
        var revocationView = new RevocationView(database, certificates);
        crlPublishing.onPublished(revocationView::refresh);
        var ocsp = new OcspService(database, new OcspResponderStore(), hierarchy, keys, clock, revocationView);
        runner.register(ApplicationProcessing.JOB_KIND, new FaultyApplicationStage(new ApplicationProcessing(database,
                applications, certificates, urls, jobs, clock, issuance, notifier, urlShapes, crlPublishing, timeline),
                faults, database, applications));
        runner.register(RevokeReminder.JOB_KIND, new RevokeReminder(database, applications, certificates, jobs, clock, notifier));
        runner.register(MailDelivery.JOB_KIND, new MailDelivery(database, outbox, jobs, clock, transports, RetryPolicy.DEFAULT, timeline));

        var p12Format = P12Format.fromId(settings.get(SettingsCatalog.P12_FORMAT));
        var pickupUrls = new PickupUrls(database, applications, urls, clock);
        var handover = new Handover(applications, certificates, jobs, issuance, notifier, p12Format, timeline);
        var pinAndBulk = new PinAndBulkPickup(database, certificates, urls, clock, quirks, pickupUrls, handover);
        var certificatePickup = new CertificatePickup(database, applications, certificates, urls, clock, issuance,
                delays, quirks, timeline, pickupUrls, handover);
        var reset = new ApplicationReset(database, applications, urls, clock, notifier, urlShapes, timeline);
        var raCredentials = new RaCredentials(database, new RaCredentialStore(), hierarchy, keys, clock, publicUrl);
        var uploads = new UploadService(database, applications, certificates, jobs, clock, delays, runner, timeline);
        var face = new NiiFace(raCredentials, fixtures, uploads, pinAndBulk, certificatePickup,
                new CertificateListing(database, applications, certificates, urls));
        return new NiiSide(runner, face, List.of(new RaCredentialRoutes(raCredentials, fixtures, hierarchy),
                new MailRoutes(database, outbox, new MailReader()), new ApplicationRoutes(reset), new EventRoutes(timeline),
                maintenance.routes(runner::wakeUp), new FaultRoutes(faultBook, new FaultRuleParser(
                        id -> fixtures.institution(id).isPresent(), id -> fixtures.user(id).isPresent()))),
                new Stores(applications, certificates, urls, jobs, outbox), uploads, pinAndBulk, reset, notifier,
                new ServerCertificates(database, applications, certificates, issuance), crlPublishing, ocsp, timeline,
                maintenance, faults, faultBook, revocationView);
    }

    private static Map<String, MailTransport> transports(Settings settings) {
        Map<String, MailTransport> transports = new LinkedHashMap<>();
        settings.optional(SettingsCatalog.SMTP_HOST).ifPresent(host -> transports.put("smtp",
                new SmtpTransport(SmtpTransport.Settings.plain(host, settings.get(SettingsCatalog.SMTP_PORT)))));
        settings.optional(SettingsCatalog.WEBHOOK_URL).ifPresent(url -> transports.put("webhook",
                new WebhookTransport(new WebhookTransport.Settings(url, settings.get(SettingsCatalog.WEBHOOK_USER),
                        settings.get(SettingsCatalog.WEBHOOK_PASSWORD), Duration.ofSeconds(10)))));
        return transports;
    }

    /** {@code Name <address>} or a bare address (then the real service's display name). */
    static NoticeSender sender(String mailbox) {
        int open = mailbox.lastIndexOf('<');
        if (open < 0) {
            return new NoticeSender(NoticeSender.DEFAULT.displayName(), mailbox.trim());
        }
        return new NoticeSender(mailbox.substring(0, open).trim(), mailbox.substring(open + 1, mailbox.length() - 1).trim());
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}

package dev.upkisim.workflow;

import dev.upkisim.ca.P12Format;
import dev.upkisim.clock.SimClock;
import dev.upkisim.core.Application;
import dev.upkisim.core.IssuedCertificate;
import dev.upkisim.store.ApplicationStore;
import dev.upkisim.store.CertificateStore;
import dev.upkisim.store.Database;
import dev.upkisim.store.JobStore;
import dev.upkisim.store.OneTimeUrlStore;
import dev.upkisim.store.OneTimeUrlStore.Purpose;
import dev.upkisim.workflow.events.Timeline;
import dev.upkisim.workflow.quirks.Quirk;
import dev.upkisim.workflow.quirks.Quirks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The admin's one-time URLs of the NII side (SPEC 1.3): the PIN download, and the bulk PIN and bulk P12 downloads.
 * Bulk P12 works only after the bulk PIN was fetched, while {@link Quirk#PIN_BEFORE_CERTIFICATE} is faithful (read at
 * each request, so {@code /sim/quirks} switches it at once; see {@link #bulkP12Entrance}).
 */
public final class PinAndBulkPickup {
    private final Database database;
    private final CertificateStore certificates;
    private final OneTimeUrlStore urls;
    private final SimClock clock;
    private final Quirks quirks;
    private final PickupUrls pickupUrls;
    private final Handover handover;

    public PinAndBulkPickup(Database database, ApplicationStore applications, CertificateStore certificates,
                            OneTimeUrlStore urls, JobStore jobs, SimClock clock, CertificateIssuance issuance,
                            Notifier notifier, P12Format p12Format, Quirks quirks, Timeline timeline) {
        this.database = database;
        this.certificates = certificates;
        this.urls = urls;
        this.clock = clock;
        this.quirks = quirks;
        this.pickupUrls = new PickupUrls(database, applications, urls, clock);
        this.handover = new Handover(applications, certificates, jobs, issuance, notifier, p12Format, timeline);
    }

    // --- the admin's PIN URL: SPEntranceCliPin.jsp → spEntranceCliPin.do → spDLCliPin.do ---

    public Pickup pinEntrance(String token) {
        Optional<Pickup.Refused> refused = pickupUrls.refused(token, Purpose.PIN);
        if (refused.isPresent()) {
            return refused.get();
        }
        return new Pickup.Entrance(token, List.of(pickupUrls.application(token)));
    }

    public Pickup pinDownload(String token) {
        Optional<Pickup.Refused> refused = pickupUrls.refused(token, Purpose.PIN);
        if (refused.isPresent()) {
            return refused.get();
        }
        return database.<Pickup>write(tx -> {
            if (!urls.consume(tx, token, clock.now())) {
                return new Pickup.Refused(Pickup.Reason.USED);
            }
            Application application = pickupUrls.applicationOf(tx, token);
            return new Pickup.File("accesspin_" + application.id() + ".zip", "application/zip",
                    PickupArchives.pinZip("accesspin.tsv", List.of(application)));
        });
    }

    // --- bulk: SPEntranceCliAllPin.jsp … spDLCliAllPin.do, then SPEntranceCliAll.jsp … spDLCliAll.do ---

    public Pickup bulkPinEntrance(String token) {
        Optional<Pickup.Refused> refused = pickupUrls.refused(token, Purpose.BULK_PIN);
        if (refused.isPresent()) {
            return refused.get();
        }
        return new Pickup.Entrance(token, pickupUrls.bulkApplications(token));
    }

    public Pickup bulkPinDownload(String token) {
        Optional<Pickup.Refused> refused = pickupUrls.refused(token, Purpose.BULK_PIN);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<Application> bulk = pickupUrls.bulkApplications(token);
        return database.<Pickup>write(tx -> urls.consume(tx, token, clock.now())
                ? new Pickup.File("accesspin_all.zip", "application/zip", PickupArchives.pinZip("accesspin.tsv", bulk))
                : new Pickup.Refused(Pickup.Reason.USED));
    }

    public Pickup bulkP12Entrance(String token) {
        Optional<Pickup.Refused> refused = pickupUrls.refused(token, Purpose.BULK_P12);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (quirks.faithful(Quirk.PIN_BEFORE_CERTIFICATE) && !pickupUrls.siblingUsed(token, Purpose.BULK_PIN)) {
            return new Pickup.Refused(Pickup.Reason.PIN_NOT_FETCHED);
        }
        return new Pickup.Entrance(token, pickupUrls.bulkApplications(token));
    }

    public Pickup bulkP12Download(String token) {
        Pickup entrance = bulkP12Entrance(token);
        if (!(entrance instanceof Pickup.Entrance open)) {
            return entrance;
        }
        List<IssuedCertificate> issued = new ArrayList<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Application application : open.applications()) {
            IssuedCertificate certificate = database.read(c -> certificates.byApplication(c, application.id())).orElseThrow();
            issued.add(certificate);
            files.put(Handover.p12Name(application), handover.p12(certificate, application));
        }
        return database.<Pickup>write(tx -> {
            Instant now = clock.now();
            if (!urls.consume(tx, token, now)) {
                return new Pickup.Refused(Pickup.Reason.USED);
            }
            for (int i = 0; i < issued.size(); i++) {
                handover.delivered(tx, open.applications().get(i), issued.get(i), now);
            }
            return new Pickup.File("client_all.zip", "application/zip",
                    PickupArchives.bulkP12Zip(files, open.applications(), issued));
        });
    }
}

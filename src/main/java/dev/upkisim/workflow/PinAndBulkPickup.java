package dev.upkisim.workflow;

import dev.upkisim.clock.SimClock;
import dev.upkisim.core.Application;
import dev.upkisim.core.IssuedCertificate;
import dev.upkisim.store.CertificateStore;
import dev.upkisim.store.Database;
import dev.upkisim.store.OneTimeUrlStore;
import dev.upkisim.store.OneTimeUrlStore.Purpose;
import dev.upkisim.workflow.quirks.Quirk;
import dev.upkisim.workflow.quirks.Quirks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    public PinAndBulkPickup(Database database, CertificateStore certificates, OneTimeUrlStore urls, SimClock clock,
                            Quirks quirks, PickupUrls pickupUrls, Handover handover) {
        this.database = database;
        this.certificates = certificates;
        this.urls = urls;
        this.clock = clock;
        this.quirks = quirks;
        this.pickupUrls = pickupUrls;
        this.handover = handover;
    }

    // --- the admin's PIN URL: SPEntranceCliPin.jsp → spEntranceCliPin.do → spDLCliPin.do ---

    public Pickup pinEntrance(String token) {
        return pickupUrls.whenOpen(token, Purpose.PIN,
                () -> new Pickup.Entrance(token, List.of(pickupUrls.application(token))));
    }

    public Pickup pinDownload(String token) {
        return pickupUrls.whenOpen(token, Purpose.PIN, () -> database.<Pickup>write(tx -> {
            if (!urls.consume(tx, token, clock.now())) {
                return new Pickup.Refused(Pickup.Reason.USED);
            }
            Application application = pickupUrls.applicationOf(tx, token);
            return new Pickup.File("accesspin_" + application.id() + ".zip", "application/zip",
                    PickupArchives.pinZip("accesspin.tsv", List.of(application)));
        }));
    }

    // --- bulk: SPEntranceCliAllPin.jsp … spDLCliAllPin.do, then SPEntranceCliAll.jsp … spDLCliAll.do ---

    public Pickup bulkPinEntrance(String token) {
        return pickupUrls.whenOpen(token, Purpose.BULK_PIN,
                () -> new Pickup.Entrance(token, pickupUrls.bulkApplications(token)));
    }

    public Pickup bulkPinDownload(String token) {
        return pickupUrls.whenOpen(token, Purpose.BULK_PIN, () -> {
            List<Application> bulk = pickupUrls.bulkApplications(token);
            return database.<Pickup>write(tx -> urls.consume(tx, token, clock.now())
                    ? new Pickup.File("accesspin_all.zip", "application/zip",
                            PickupArchives.pinZip("accesspin.tsv", bulk))
                    : new Pickup.Refused(Pickup.Reason.USED));
        });
    }

    public Pickup bulkP12Entrance(String token) {
        return pickupUrls.whenOpen(token, Purpose.BULK_P12, () -> {
            if (quirks.faithful(Quirk.PIN_BEFORE_CERTIFICATE) && !pickupUrls.siblingUsed(token, Purpose.BULK_PIN)) {
                return new Pickup.Refused(Pickup.Reason.PIN_NOT_FETCHED);
            }
            return new Pickup.Entrance(token, pickupUrls.bulkApplications(token));
        });
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

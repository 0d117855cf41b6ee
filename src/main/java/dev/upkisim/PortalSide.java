package dev.upkisim;

import dev.upkisim.ca.CaHierarchy;
import dev.upkisim.clock.SimClock;
import dev.upkisim.config.Settings;
import dev.upkisim.config.SettingsCatalog;
import dev.upkisim.fixtures.Fixtures;
import dev.upkisim.store.Database;
import dev.upkisim.web.jupki.PortalFace;
import dev.upkisim.workflow.portal.ExpiryWarnings;
import dev.upkisim.workflow.portal.PortalDownload;
import dev.upkisim.workflow.portal.PortalMembers;
import dev.upkisim.workflow.portal.PortalPasswords;
import dev.upkisim.workflow.portal.PortalRequests;
import java.net.URI;
import java.util.function.Supplier;

/**
 * The J-UPKI portal's part of the composition root (SPEC 1.5): it sits on the NII side's services — the portal
 * is its institution's RA — and adds the expiry-warning job. Only {@link Simulator} calls it.
 */
final class PortalSide {
    private PortalSide() {
    }

    static PortalFace assemble(Settings settings, Database database, SimClock clock, CaHierarchy hierarchy,
                               Fixtures fixtures, NiiSide nii, ControlSide controls, Supplier<URI> publicUrl) {
        var stores = nii.stores();
        var members = new PortalMembers(database, stores.applications(), stores.certificates(), clock);
        var warnings = new ExpiryWarnings(database, stores.applications(), stores.certificates(), stores.outbox(),
                stores.jobs(), clock, nii.notifier(), fixtures, publicUrl);
        nii.runner().register(ExpiryWarnings.JOB_KIND, warnings);
        warnings.scheduleFirst();
        controls.reset().register((tx, reloaded) -> {
            warnings.scheduleFirst(tx);
            return () -> { };
        });
        return new PortalFace(fixtures, settings.get(SettingsCatalog.PORTAL_CAMPUS_ONLY), new PortalPasswords(fixtures),
                members, new PortalRequests(nii.uploads(), members),
                new PortalDownload(database, stores.urls(), nii.pinAndBulk(), members), nii.reset(), database,
                stores.applications(), clock, hierarchy, nii.uploads(), nii.serverCertificates(),
                nii.maintenance().announcements());
    }
}

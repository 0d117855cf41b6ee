package dev.upkisim;

import dev.upkisim.clock.SimClock;
import dev.upkisim.config.Settings;
import dev.upkisim.config.SettingsCatalog;
import dev.upkisim.core.ServiceFace;
import dev.upkisim.fixtures.Fixtures;
import dev.upkisim.store.ControlStore;
import dev.upkisim.store.Database;
import dev.upkisim.store.JobStore;
import dev.upkisim.web.MaintenanceGuard;
import dev.upkisim.web.sim.MaintenanceRoutes;
import dev.upkisim.workflow.ApplicationProcessing;
import dev.upkisim.workflow.RevokeReminder;
import dev.upkisim.workflow.events.Timeline;
import dev.upkisim.workflow.maintenance.MaintenanceAnnouncements;
import dev.upkisim.workflow.maintenance.MaintenanceCalendar;
import dev.upkisim.workflow.maintenance.MaintenanceControl;
import dev.upkisim.workflow.maintenance.MaintenanceJobPause;
import dev.upkisim.workflow.maintenance.MaintenanceWatch;
import dev.upkisim.workflow.maintenance.PausableJob;
import dev.upkisim.workflow.maintenance.ScenarioWindows;
import dev.upkisim.workflow.portal.ExpiryWarnings;
import java.util.List;

/**
 * The maintenance windows' part of the composition root (SPEC 1.6): the calendar (fixtures + API), the watch that
 * tells the timeline, and the job pause the job runner consults. Only {@link NiiSide} and {@link Simulator} call it.
 */
record MaintenanceSide(MaintenanceCalendar calendar, MaintenanceWatch watch, MaintenanceJobPause jobPause,
                       MaintenanceAnnouncements announcements, SimClock clock) {

    /**
     * The background work that belongs to a face and waits during its maintenance. Not listed, so never paused:
     * {@code deliver-mail} (the mail is already written and in the outbox; handing it to the outside SMTP server or
     * webhook is not the face's work) and {@code publish-crl} (a CA must issue its next CRL before nextUpdate, RFC 5280
     * §5.1.2.5, maintenance or not; the repository face only serves it).
     */
    static final List<PausableJob> PAUSABLE = List.of(
            new PausableJob(ApplicationProcessing.JOB_KIND, ServiceFace.UPKI, "processing of application", true),
            new PausableJob(RevokeReminder.JOB_KIND, ServiceFace.UPKI, "the reminder to revoke the certificate renewed by"
                    + " application", true),
            new PausableJob(ExpiryWarnings.JOB_KIND, ServiceFace.JUPKI, "the portal's expiry-warning scan", false));

    static MaintenanceSide assemble(Settings settings, Database database, SimClock clock, Fixtures fixtures,
                                    Timeline timeline, JobStore jobs) {
        var controls = new ControlStore();
        var calendar = new MaintenanceCalendar(database, controls, timeline, clock,
                settings.get(SettingsCatalog.MAINTENANCE_FIXTURE_WINDOWS) ? fixtures.maintenance() : List.of());
        var watch = new MaintenanceWatch(database, controls, timeline, calendar, clock.now());
        var pause = new MaintenanceJobPause(database, jobs, timeline, calendar, watch, PAUSABLE);
        return new MaintenanceSide(calendar, watch, pause,
                new MaintenanceAnnouncements(calendar, settings.get(SettingsCatalog.MAINTENANCE_HORIZON)), clock);
    }

    /** @param wakeJobs the job runner's wake-up, so a deleted window's held jobs run at once */
    MaintenanceRoutes routes(Runnable wakeJobs) {
        return new MaintenanceRoutes(new MaintenanceControl(calendar, watch, jobPause, clock, wakeJobs));
    }

    /** What a scenario's {@code maintenance} section sets (SPEC 1.6). @param wakeJobs as for {@link #routes} */
    ScenarioWindows scenarioWindows(Runnable wakeJobs) {
        return new ScenarioWindows(calendar, jobPause, clock, wakeJobs);
    }

    MaintenanceGuard guard() {
        return new MaintenanceGuard(calendar, watch, clock);
    }
}

package dev.upkisim.workflow.maintenance;

import dev.upkisim.core.Event;
import dev.upkisim.core.MaintenanceOccurrence;
import dev.upkisim.store.Database;
import dev.upkisim.store.JobStore;
import dev.upkisim.store.JobStore.Job;
import dev.upkisim.workflow.JobGate;
import dev.upkisim.workflow.events.Timeline;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds back the background work of a face in maintenance (SPEC 1.6: pending processing "pauses and resumes after it,
 * nothing is lost"). A due job of a {@link PausableJob} kind whose face is in maintenance is moved to the end of the
 * occurrence, in one transaction with its {@code job.paused} event; it stays in the job table all along, so a restart
 * keeps it, and since it did not run it cannot run twice. Jobs already running finish. On every pass it first lets
 * the {@link MaintenanceWatch} look, so the timeline tells a start before the pauses it causes.
 */
public final class MaintenanceJobPause implements JobGate {
    private static final Logger LOG = LoggerFactory.getLogger(MaintenanceJobPause.class);
    private final Database database;
    private final JobStore jobs;
    private final Timeline timeline;
    private final MaintenanceCalendar calendar;
    private final MaintenanceWatch watch;
    private final Map<String, PausableJob> pausable;

    public MaintenanceJobPause(Database database, JobStore jobs, Timeline timeline,
                               MaintenanceCalendar calendar, MaintenanceWatch watch, List<PausableJob> pausable) {
        this.database = database;
        this.jobs = jobs;
        this.timeline = timeline;
        this.calendar = calendar;
        this.watch = watch;
        this.pausable = pausable.stream().collect(Collectors.toUnmodifiableMap(PausableJob::kind, Function.identity()));
    }

    @Override
    public List<Job> admit(List<Job> due, Instant now) {
        try {
            watch.observe(now);
        } catch (RuntimeException e) {
            LOG.warn("cannot tell maintenance starts and ends on the timeline now; trying again at the next pass: {}",
                    e.toString()); // the jobs must not wait for the timeline
        }
        List<Job> admitted = new ArrayList<>();
        List<Held> held = new ArrayList<>();
        for (Job job : due) {
            PausableJob kind = pausable.get(job.kind());
            Optional<MaintenanceOccurrence> maintenance = kind == null ? Optional.empty() : calendar.activeFor(kind.face(), now);
            if (maintenance.isPresent()) {
                held.add(new Held(job, kind, maintenance.get()));
            } else {
                admitted.add(job);
            }
        }
        if (!held.isEmpty()) {
            database.write(tx -> {
                for (Held hold : held) {
                    if (jobs.postpone(tx, hold.job().id(), hold.job().dueAt(), resumeAt(hold.occurrence()))) {
                        timeline.record(tx, hold.event());
                    }
                }
                return null;
            });
        }
        return admitted;
    }

    /**
     * Lets the jobs held back for {@code occurrence} run now: its window was deleted before its end. Jobs that another
     * window of the face still holds are held again at the next pass.
     */
    public void resumeEarly(MaintenanceOccurrence occurrence, Instant now) {
        database.write(tx -> {
            resumeEarlyIn(tx, occurrence, now);
            return null;
        });
    }

    /** {@link #resumeEarly} in the caller's transaction (a scenario that replaces the window, SPEC 1.6). */
    public void resumeEarlyIn(Connection tx, MaintenanceOccurrence occurrence, Instant now) throws SQLException {
        List<String> kinds = pausable.values().stream().filter(kind -> kind.face() == occurrence.face())
                .map(PausableJob::kind).toList();
        if (kinds.isEmpty()) {
            return;
        }
        int resumed = jobs.resume(tx, kinds, resumeAt(occurrence), now);
        if (resumed > 0) {
            timeline.record(tx, Event.of(occurrence.face().id(), "job.resumed",
                    MaintenanceReasons.resumedEarly(resumed, occurrence)));
        }
    }

    /** Held work falls due when the window ends. */
    static Instant resumeAt(MaintenanceOccurrence occurrence) {
        return occurrence.end();
    }

    private record Held(Job job, PausableJob kind, MaintenanceOccurrence occurrence) {
        Event event() {
            String work = kind.work() + (kind.subjectIsApplication() ? " " + job.subjectId() : "");
            Event event = Event.of(occurrence.face().id(), "job.paused", MaintenanceReasons.paused(work, occurrence));
            return kind.subjectIsApplication() ? event.withApplication(job.subjectId()) : event;
        }
    }
}

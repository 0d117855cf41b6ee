package dev.upkisim.workflow.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.clock.ClockState;
import dev.upkisim.clock.SimClock;
import dev.upkisim.core.LocalizedText;
import dev.upkisim.core.MaintenanceTiming;
import dev.upkisim.core.MaintenanceWindow;
import dev.upkisim.core.Recurrence;
import dev.upkisim.core.ServiceFace;
import dev.upkisim.core.TimeSpan;
import dev.upkisim.store.ControlStore;
import dev.upkisim.store.Database;
import dev.upkisim.store.EventStore;
import dev.upkisim.support.MutableClock;
import dev.upkisim.workflow.events.Timeline;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link MaintenanceCalendar#activeFor} remembers quiet stretches (it is asked on every request) and still sees each
 * occurrence begin on time, and every window added or deleted at once.
 */
class MaintenanceCalendarQuietTest {
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    @TempDir
    Path directory;
    private Database database;
    private final MutableClock wall = new MutableClock(NOW);
    private final SimClock clock = new SimClock(wall, ClockState.realTime(NOW));

    @BeforeEach
    void open() {
        database = Database.open(directory.resolve("calendar.db"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private MaintenanceCalendar calendar(MaintenanceWindow... fixtures) {
        return new MaintenanceCalendar(database, new ControlStore(), new Timeline(database, new EventStore(), clock), clock,
                List.of(fixtures));
    }

    private static MaintenanceWindow window(String id, ServiceFace face, MaintenanceTiming timing) {
        return new MaintenanceWindow(id, face, timing, new LocalizedText("作業", "Work"), MaintenanceWindow.Origin.FIXTURES);
    }

    @Test
    void aNightlyWindowBeginsAndEndsOnTimeAfterQuietAnswers() {
        MaintenanceCalendar calendar = calendar(window("nightly", ServiceFace.REPO,
                new Recurrence(new Recurrence.Daily(), LocalTime.of(22, 0), LocalTime.of(2, 0), ZoneOffset.UTC)));
        assertTrue(calendar.activeFor(ServiceFace.REPO, NOW).isEmpty());
        assertTrue(calendar.activeFor(ServiceFace.REPO, Instant.parse("2026-11-26T21:59:59Z")).isEmpty());
        assertEquals("nightly", calendar.activeFor(ServiceFace.REPO, Instant.parse("2026-11-26T22:00:00Z")).orElseThrow()
                .window().id());
        assertTrue(calendar.activeFor(ServiceFace.REPO, Instant.parse("2026-11-27T01:59:59Z")).isPresent());
        assertTrue(calendar.activeFor(ServiceFace.REPO, Instant.parse("2026-11-27T02:00:00Z")).isEmpty());
        assertTrue(calendar.activeFor(ServiceFace.ACME, Instant.parse("2026-11-26T23:00:00Z")).isEmpty(), "another face");
    }

    @Test
    void aWindowBeyondTheLookaheadIsStillSeenWhenItBegins() {
        Instant start = NOW.plus(MaintenanceCalendar.QUIET_LOOKAHEAD.multipliedBy(3));
        MaintenanceCalendar calendar = calendar(window("later", ServiceFace.REPO,
                new MaintenanceTiming.Once(new TimeSpan(start, start.plusSeconds(600)))));
        assertTrue(calendar.activeFor(ServiceFace.REPO, NOW).isEmpty());
        assertTrue(calendar.activeFor(ServiceFace.REPO, start.minusNanos(1)).isEmpty());
        assertTrue(calendar.activeFor(ServiceFace.REPO, start).isPresent());
    }

    @Test
    void aWindowAddedOrDeletedCountsAtOnceThoughAQuietStretchWasRemembered() {
        MaintenanceCalendar calendar = calendar();
        assertTrue(calendar.activeFor(ServiceFace.REPO, NOW).isEmpty());
        MaintenanceWindow added = calendar.add(Map.of("face", "repo", "duration", "PT1H"));
        assertTrue(calendar.activeFor(ServiceFace.REPO, NOW).isPresent());
        calendar.remove(added.id());
        assertTrue(calendar.activeFor(ServiceFace.REPO, NOW).isEmpty());
    }
}

package dev.upkisim.workflow.events;

import dev.upkisim.clock.SimClock;
import dev.upkisim.core.Event;
import dev.upkisim.core.EventQuery;
import dev.upkisim.core.RecordedEvent;
import dev.upkisim.store.Database;
import dev.upkisim.store.EventStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * The timeline of issue 5 (SPEC 1.7: "what happened to which application, and why"): every state change and every
 * fault, quirk and maintenance effect is recorded with its simulated and real time. An event is written in the
 * transaction of the change it tells, so the timeline never shows what did not happen nor misses what did.
 * Readers of the live stream wait in {@link #awaitAfter}; any commit wakes them.
 */
public final class Timeline implements AutoCloseable {
    private final Database database;
    private final EventStore events;
    private final SimClock clock;
    private final Object changed = new Object();
    private long commits;
    private boolean closed;

    public Timeline(Database database, EventStore events, SimClock clock) {
        this.database = database;
        this.events = events;
        this.clock = clock;
        database.onCommit(this::wakeReaders);
    }

    /** Records {@code event} in the caller's write transaction. */
    public void record(Connection tx, Event event) throws SQLException {
        events.insert(tx, clock.now(), clock.wallNow(), event);
    }

    /** Records {@code event} in a transaction of its own (for effects that change nothing else, e.g. a fault). */
    public void record(Event event) {
        database.write(tx -> {
            record(tx, event);
            return null;
        });
    }

    public List<RecordedEvent> list(EventQuery query) {
        return database.read(connection -> events.list(connection, query));
    }

    /** The newest {@code query.limit()} events matching {@code query}, oldest first (the recent past of a live view). */
    public List<RecordedEvent> latest(EventQuery query) {
        return database.read(connection -> events.latest(connection, query));
    }

    /** The id of the latest event, for a stream that starts "from now". */
    public long lastId() {
        return database.read(events::lastId);
    }

    /** Events matching {@code query}; if there are none yet, waits up to {@code timeout} for one to be committed. */
    public List<RecordedEvent> awaitAfter(EventQuery query, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long seen;
            synchronized (changed) {
                if (closed) {
                    return List.of();
                }
                seen = commits;
            }
            List<RecordedEvent> found = list(query);
            long left = deadline - System.nanoTime();
            if (!found.isEmpty() || left <= 0) {
                return found;
            }
            synchronized (changed) {
                if (commits == seen && !closed) {
                    changed.wait(Math.max(1, left / 1_000_000));
                }
            }
        }
    }

    /** Whether {@link #close} was called: live readers should stop. */
    public boolean isClosed() {
        synchronized (changed) {
            return closed;
        }
    }

    /**
     * Wakes every waiting reader for good, so that live streams (an open dashboard) end while the listeners still
     * run, before the simulator stops them and the database.
     */
    @Override
    public void close() {
        synchronized (changed) {
            closed = true;
            changed.notifyAll();
        }
    }

    /** Forgets every event (a reset to a clean state, issue 5). */
    public void clear(Connection tx) throws SQLException {
        events.deleteAll(tx);
    }

    private void wakeReaders() {
        synchronized (changed) {
            commits++;
            changed.notifyAll();
        }
    }
}

package dev.upkisim.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Instants are stored so that SQLite's text comparison is time order (migration 6, {@code Sql.text}). */
class StoredInstantOrderTest {
    private final JobStore jobs = new JobStore();

    @Test
    void aJobDueOnAWholeSecondIsDueAtThatSecondAndSortsBeforeOneHalfASecondLater(@TempDir Path dir) {
        try (Database database = Database.open(dir.resolve("upki-sim.db"))) {
            Instant whole = Instant.parse("2026-12-19T09:00:00Z");
            database.write(tx -> {
                jobs.schedule(tx, "later", 1, whole.plusMillis(500));
                jobs.schedule(tx, "first", 1, whole);
                return null;
            });
            assertEquals(List.of("first"), kinds(database, whole));
            assertEquals(List.of("first", "later"), kinds(database, whole.plusMillis(500)));
            assertEquals(whole, database.read(jobs::nextDue).orElseThrow());
        }
    }

    @Test
    void aDatabaseWrittenBeforeMigration6HasItsDueTimesRewritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("upki-sim.db");
        try (Database database = Database.open(file)) {
            database.write(tx -> {
                jobs.schedule(tx, "a", 1, Instant.EPOCH);
                jobs.schedule(tx, "b", 1, Instant.EPOCH);
                return null;
            });
        }
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            // as Instant.toString wrote them: no fraction, and a short one
            statement.executeUpdate("UPDATE job SET due_at = '2026-12-19T09:00:00Z' WHERE kind = 'a'");
            statement.executeUpdate("UPDATE job SET due_at = '2026-12-19T09:00:00.5Z' WHERE kind = 'b'");
            statement.executeUpdate("PRAGMA user_version = 5");
        }
        try (Database database = Database.open(file)) {
            assertEquals(List.of("a"), kinds(database, Instant.parse("2026-12-19T09:00:00Z")));
            assertEquals(List.of(Instant.parse("2026-12-19T09:00:00Z"), Instant.parse("2026-12-19T09:00:00.5Z")),
                    database.read(c -> jobs.due(c, Instant.MAX, 10)).stream().map(JobStore.Job::dueAt).toList());
        }
    }

    private List<String> kinds(Database database, Instant now) {
        return database.read(c -> jobs.due(c, now, 10)).stream().map(JobStore.Job::kind).toList();
    }
}

package dev.upkisim.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Persistent jobs ({@code job}), due at a simulated instant. A job is written in the same transaction as the
 * state change that needs it, and deleted in the same transaction as the work it stands for, so a crash at
 * any moment leaves either the job or its result, never neither (DESIGN style rule 6).
 */
public final class JobStore {

    public record Job(long id, String kind, long subjectId, Instant dueAt, int attempts) {
    }

    /** Schedules (or reschedules) the one job of this kind for this subject. */
    public void schedule(Connection tx, String kind, long subjectId, Instant dueAt) throws SQLException {
        Sql.update(tx, "INSERT INTO job (kind, subject_id, due_at) VALUES (?, ?, ?)"
                + " ON CONFLICT (kind, subject_id) DO UPDATE SET due_at = excluded.due_at", kind, subjectId, dueAt);
    }

    public List<Job> due(Connection connection, Instant now, int limit) throws SQLException {
        return Sql.list(connection, "SELECT id, kind, subject_id, due_at, attempts FROM job WHERE due_at <= ?"
                + " ORDER BY due_at, id LIMIT ?", JobStore::map, now, limit);
    }

    public Optional<Instant> nextDue(Connection connection) throws SQLException {
        return Sql.one(connection, "SELECT MIN(due_at) AS next FROM job", row -> Sql.instant(row, "next"));
    }

    /** @return whether the job was still there */
    public boolean delete(Connection tx, long id) throws SQLException {
        return Sql.update(tx, "DELETE FROM job WHERE id = ?", id) > 0;
    }

    /**
     * Moves a job that has not run to a later due time, unless it changed since it was read as due at
     * {@code expectedDue} (done, or rescheduled by its own work): a pause, not a failed attempt.
     *
     * @return whether the job was moved
     */
    public boolean postpone(Connection tx, long id, Instant expectedDue, Instant dueAt) throws SQLException {
        return Sql.update(tx, "UPDATE job SET due_at = ? WHERE id = ? AND due_at = ?", dueAt, id, expectedDue) == 1;
    }

    /**
     * Makes the jobs of {@code kinds} that were postponed to exactly {@code postponedTo} due at {@code dueAt} (a pause
     * ended early). @return how many
     */
    public int resume(Connection tx, java.util.Collection<String> kinds, Instant postponedTo, Instant dueAt) throws SQLException {
        int resumed = 0;
        for (String kind : kinds) {
            resumed += Sql.update(tx, "UPDATE job SET due_at = ? WHERE kind = ? AND due_at = ?", dueAt, kind, postponedTo);
        }
        return resumed;
    }

    public void retryLater(Connection tx, long id, Instant dueAt, String error) throws SQLException {
        Sql.update(tx, "UPDATE job SET due_at = ?, attempts = attempts + 1, last_error = ? WHERE id = ?", dueAt, error, id);
    }

    public int count(Connection connection) throws SQLException {
        return Sql.one(connection, "SELECT COUNT(*) FROM job", row -> row.getInt(1)).orElse(0);
    }

    private static Job map(java.sql.ResultSet row) throws SQLException {
        return new Job(row.getLong("id"), row.getString("kind"), row.getLong("subject_id"), Sql.instant(row, "due_at"),
                row.getInt("attempts"));
    }
}

package dev.upkisim.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads what the running simulator committed, straight from its SQLite file (WAL lets a reader run beside it): for
 * facts no page shows, such as when an application's processing job is due.
 */
public final class StoredRows {
    private final Path databaseFile;

    public StoredRows(Path dataDirectory) {
        this.databaseFile = dataDirectory.resolve("upki-sim.db");
    }

    /** An application as stored, with its processing job's due time if it still has one. */
    public record StoredApplication(long id, String state, Instant createdAt, Instant processingDueAt) {
    }

    public Optional<StoredApplication> latestApplication() {
        return query("SELECT a.id, a.state, a.created_at, j.due_at FROM application a LEFT JOIN job j"
                + " ON j.kind = 'process-application' AND j.subject_id = a.id ORDER BY a.id DESC LIMIT 1");
    }

    public long count(String table) {
        return number("SELECT COUNT(*) FROM " + table);
    }

    /** The one number a query gives, e.g. {@code SELECT COUNT(*) FROM job WHERE kind = 'process-application'}. */
    public long number(String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + databaseFile);
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one instant a query gives, if a row: e.g. {@code SELECT due_at FROM job WHERE kind = 'deliver-mail' …}. */
    public Optional<Instant> instant(String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + databaseFile);
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(Instant.parse(rows.getString(1))) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<StoredApplication> query(String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + databaseFile);
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            String due = rows.getString(4);
            return Optional.of(new StoredApplication(rows.getLong(1), rows.getString(2), Instant.parse(rows.getString(3)),
                    due == null ? null : Instant.parse(due)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

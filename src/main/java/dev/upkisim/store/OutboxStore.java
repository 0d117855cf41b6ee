package dev.upkisim.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The mail outbox ({@code mail}) and each mail's deliveries to the configured transports
 * ({@code mail_delivery}). The outbox copy is kept whatever happens to a delivery (SPEC 1.4).
 */
public final class OutboxStore {

    public record StoredMail(long id, Instant createdAt, String from, List<String> recipients, String subject,
                             String kind, Long applicationId) {
    }

    public record Delivery(long mailId, String transport, String state, int attempts, String lastError) {
    }

    public long insert(Connection tx, Instant createdAt, String from, List<String> recipients, String subject,
                       String kind, Long applicationId, byte[] raw, List<String> transports) throws SQLException {
        long id = Sql.insert(tx, "INSERT INTO mail (created_at, from_address, recipients, subject, kind, application_id, raw)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", createdAt, from, String.join(",", recipients), subject, kind,
                applicationId, raw);
        for (String transport : transports) {
            Sql.update(tx, "INSERT INTO mail_delivery (mail_id, transport, state) VALUES (?, ?, 'PENDING')", id, transport);
        }
        return id;
    }

    public List<StoredMail> list(Connection connection, Long applicationId) throws SQLException {
        String columns = "SELECT id, created_at, from_address, recipients, subject, kind, application_id FROM mail";
        return applicationId == null ? Sql.list(connection, columns + " ORDER BY id", OutboxStore::map)
                : Sql.list(connection, columns + " WHERE application_id = ? ORDER BY id", OutboxStore::map, applicationId);
    }

    public Optional<StoredMail> find(Connection connection, long id) throws SQLException {
        return Sql.one(connection, "SELECT id, created_at, from_address, recipients, subject, kind, application_id FROM mail"
                + " WHERE id = ?", OutboxStore::map, id);
    }

    public Optional<byte[]> raw(Connection connection, long id) throws SQLException {
        return Sql.one(connection, "SELECT raw FROM mail WHERE id = ?", row -> row.getBytes(1), id);
    }

    public List<Delivery> deliveries(Connection connection, long mailId) throws SQLException {
        return Sql.list(connection, "SELECT mail_id, transport, state, attempts, last_error FROM mail_delivery"
                + " WHERE mail_id = ? ORDER BY transport", row -> new Delivery(row.getLong(1), row.getString(2),
                row.getString(3), row.getInt(4), row.getString(5)), mailId);
    }

    public void recordAttempt(Connection tx, long mailId, String transport, boolean delivered, String error)
            throws SQLException {
        Sql.update(tx, "UPDATE mail_delivery SET state = ?, attempts = attempts + 1, last_error = ?"
                + " WHERE mail_id = ? AND transport = ?", delivered ? "DELIVERED" : "PENDING", error, mailId, transport);
    }

    public void giveUp(Connection tx, long mailId, String transport) throws SQLException {
        Sql.update(tx, "UPDATE mail_delivery SET state = 'FAILED' WHERE mail_id = ? AND transport = ?", mailId, transport);
    }

    private static StoredMail map(java.sql.ResultSet row) throws SQLException {
        long application = row.getLong("application_id");
        return new StoredMail(row.getLong("id"), Sql.instant(row, "created_at"), row.getString("from_address"),
                List.of(row.getString("recipients").split(",")), row.getString("subject"), row.getString("kind"),
                row.wasNull() ? null : application);
    }
}

package dev.upkisim.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The one-time URLs of the NII side ({@code one_time_url}): the admin's PIN URL, the user's certificate URL,
 * the bulk URLs, and the short-lived step tokens of the STEP1/2/3 pages. Consuming is a conditional update,
 * so of two simultaneous requests exactly one wins — the cause of the real double-click failure (SPEC 1.3).
 */
public final class OneTimeUrlStore {

    /** What a token opens. */
    public enum Purpose { PIN, CERTIFICATE, BULK_PIN, BULK_P12, STEP2_SESSION, STEP3_DOWNLOAD }

    public record OneTimeUrl(String token, Purpose purpose, Long applicationId, Long uploadId, Instant createdAt,
                             Instant expiresAt, Instant usedAt) {
        public boolean usable(Instant now) {
            return usedAt == null && now.isBefore(expiresAt);
        }
    }

    public void insert(Connection tx, String token, Purpose purpose, Long applicationId, Long uploadId, Instant now,
                       Instant expiresAt) throws SQLException {
        Sql.update(tx, "INSERT INTO one_time_url (token, purpose, application_id, upload_id, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", token, purpose, applicationId, uploadId, now, expiresAt);
    }

    public Optional<OneTimeUrl> find(Connection connection, String token) throws SQLException {
        return Sql.one(connection, "SELECT token, purpose, application_id, upload_id, created_at, expires_at, used_at"
                + " FROM one_time_url WHERE token = ?", row -> {
                    long application = row.getLong("application_id");
                    Long applicationId = row.wasNull() ? null : application;
                    long upload = row.getLong("upload_id");
                    Long uploadId = row.wasNull() ? null : upload;
                    return new OneTimeUrl(row.getString("token"), Purpose.valueOf(row.getString("purpose")),
                            applicationId, uploadId, Sql.instant(row, "created_at"), Sql.instant(row, "expires_at"),
                            Sql.instant(row, "used_at"));
                }, token);
    }

    /** Uses the token up; true for exactly one caller, and only while it is unexpired. */
    public boolean consume(Connection tx, String token, Instant now) throws SQLException {
        return Sql.update(tx, "UPDATE one_time_url SET used_at = ? WHERE token = ? AND used_at IS NULL AND expires_at > ?",
                now, token, now) == 1;
    }

    /** Uses up every open token of a purpose of an application (e.g. its certificate URL once the P12 is downloaded). */
    public void useAll(Connection tx, long applicationId, Purpose purpose, Instant now) throws SQLException {
        Sql.update(tx, "UPDATE one_time_url SET used_at = ? WHERE application_id = ? AND purpose = ? AND used_at IS NULL",
                now, applicationId, purpose);
    }

    /** The newest token of a purpose for an application, used or not. */
    public Optional<OneTimeUrl> latest(Connection connection, long applicationId, Purpose purpose) throws SQLException {
        return Sql.one(connection, "SELECT token FROM one_time_url WHERE application_id = ? AND purpose = ?"
                        + " ORDER BY created_at DESC, rowid DESC LIMIT 1", row -> row.getString(1), applicationId, purpose)
                .flatMap(token -> {
                    try {
                        return find(connection, token);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    /** Whether any token of this purpose of the application was used (a reset's new URLs keep the PIN fetched). */
    public boolean usedExists(Connection connection, long applicationId, Purpose purpose) throws SQLException {
        return Sql.one(connection, "SELECT 1 FROM one_time_url WHERE application_id = ? AND purpose = ?"
                + " AND used_at IS NOT NULL LIMIT 1", row -> true, applicationId, purpose).isPresent();
    }

    /** Ends every open token of an application by expiring it now (a reset issues new ones). */
    public void expireAll(Connection tx, long applicationId, Instant now) throws SQLException {
        Sql.update(tx, "UPDATE one_time_url SET expires_at = ? WHERE application_id = ? AND used_at IS NULL"
                + " AND expires_at > ?", now, applicationId, now);
    }
}

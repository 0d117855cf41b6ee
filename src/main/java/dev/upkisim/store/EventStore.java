package dev.upkisim.store;

import dev.upkisim.core.Event;
import dev.upkisim.core.EventQuery;
import dev.upkisim.core.RecordedEvent;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The timeline ({@code event}): appended in the transaction of the change it tells, never edited. */
public final class EventStore {

    public long insert(Connection tx, Instant simAt, Instant wallAt, Event event) throws SQLException {
        return Sql.insert(tx, "INSERT INTO event (sim_at, wall_at, face, kind, application_id, user_id, institution, reason)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", simAt, wallAt, event.face(), event.kind(),
                event.applicationId(), event.user(), event.institution(), event.reason());
    }

    public List<RecordedEvent> list(Connection connection, EventQuery query) throws SQLException {
        return select(connection, query, "ORDER BY id");
    }

    /** The newest {@code query.limit()} matching events, still oldest first. */
    public List<RecordedEvent> latest(Connection connection, EventQuery query) throws SQLException {
        List<RecordedEvent> newestFirst = new ArrayList<>(select(connection, query, "ORDER BY id DESC"));
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    private List<RecordedEvent> select(Connection connection, EventQuery query, String order) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT id, sim_at, wall_at, face, kind, application_id, user_id, institution,"
                + " reason FROM event WHERE id > ?");
        List<Object> parameters = new ArrayList<>(List.of(query.afterId()));
        where(sql, parameters, "face = ?", query.face());
        if (query.kind() != null) {
            sql.append(" AND (kind = ? OR kind LIKE ? ESCAPE '\\')");
            parameters.add(query.kind());
            parameters.add(query.kind().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ".%");
        }
        where(sql, parameters, "application_id = ?", query.applicationId());
        where(sql, parameters, "user_id = ?", query.user());
        where(sql, parameters, "institution = ?", query.institution());
        sql.append(" ").append(order).append(" LIMIT ?");
        parameters.add(query.limit());
        return Sql.list(connection, sql.toString(), EventStore::map, parameters.toArray());
    }

    public long lastId(Connection connection) throws SQLException {
        return Sql.one(connection, "SELECT COALESCE(MAX(id), 0) FROM event", row -> row.getLong(1)).orElse(0L);
    }

    public void deleteAll(Connection tx) throws SQLException {
        Sql.update(tx, "DELETE FROM event");
    }

    private static void where(StringBuilder sql, List<Object> parameters, String condition, Object value) {
        if (value != null) {
            sql.append(" AND ").append(condition);
            parameters.add(value);
        }
    }

    private static RecordedEvent map(ResultSet row) throws SQLException {
        long application = row.getLong("application_id");
        Long applicationId = row.wasNull() ? null : application;
        return new RecordedEvent(row.getLong("id"), Sql.instant(row, "sim_at"), Sql.instant(row, "wall_at"),
                new Event(row.getString("face"), row.getString("kind"), applicationId, row.getString("user_id"),
                        row.getString("institution"), row.getString("reason")));
    }
}

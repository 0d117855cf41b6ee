package dev.upkisim.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small JDBC helpers so that each repository reads as its SQL. Parameters bind in order; null binds NULL. */
final class Sql {
    private Sql() {
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    /** Runs an INSERT and returns the generated row id. */
    static long insert(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, parameters);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static <T> List<T> list(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        }
    }

    static <T> Optional<T> one(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        List<T> rows = list(connection, sql, mapper, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof java.time.Instant instant) {
                statement.setString(i + 1, text(instant));
            } else if (value instanceof java.math.BigInteger number) {
                statement.setString(i + 1, number.toString());
            } else if (value instanceof Boolean flag) {
                statement.setInt(i + 1, flag ? 1 : 0);
            } else if (value instanceof Enum<?> constant) {
                statement.setString(i + 1, constant.name());
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    /**
     * An instant as stored: ISO-8601 UTC with all nine fraction digits, so that SQLite's text comparison and
     * ordering ({@code due_at <= ?}, {@code ORDER BY issued_at}) are time order — {@link java.time.Instant#toString}
     * drops zero fractions, and {@code …09:00:00Z} would sort after {@code …09:00:00.5Z}. Instants beyond the
     * four-digit years (e.g. {@code Instant.MAX} as an open bound) are clamped to them.
     */
    static String text(java.time.Instant instant) {
        return STORED_INSTANT.format(instant.isAfter(LAST) ? LAST : instant.isBefore(FIRST) ? FIRST : instant);
    }

    private static final java.time.Instant FIRST = java.time.Instant.parse("0000-01-01T00:00:00Z");
    private static final java.time.Instant LAST = java.time.Instant.parse("9999-12-31T23:59:59.999999999Z");

    private static final java.time.format.DateTimeFormatter STORED_INSTANT = java.time.format.DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(java.time.ZoneOffset.UTC);

    static java.time.Instant instant(ResultSet row, String column) throws SQLException {
        String text = row.getString(column);
        return text == null ? null : java.time.Instant.parse(text);
    }

    static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}

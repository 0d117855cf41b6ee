package dev.upkisim.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Simulation controls changed at run time ({@code sim_control}): one JSON document per name (e.g. {@code faults},
 * {@code maintenance}), so that what an API call acknowledged survives a restart.
 */
public final class ControlStore {

    public Optional<String> find(Connection connection, String name) throws SQLException {
        return Sql.one(connection, "SELECT value FROM sim_control WHERE name = ?", row -> row.getString(1), name);
    }

    public void put(Connection tx, String name, String json) throws SQLException {
        Sql.update(tx, "INSERT OR REPLACE INTO sim_control (name, value) VALUES (?, ?)", name, json);
    }

    public void delete(Connection tx, String name) throws SQLException {
        Sql.update(tx, "DELETE FROM sim_control WHERE name = ?", name);
    }
}

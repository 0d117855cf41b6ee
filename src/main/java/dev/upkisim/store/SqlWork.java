package dev.upkisim.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work on a connection, inside a transaction for writes. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}

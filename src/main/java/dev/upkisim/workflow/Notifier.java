package dev.upkisim.workflow;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Sends a notice: writes the signed mail to the outbox and schedules its deliveries, inside the caller's
 * transaction, so a mail exists exactly when the state change that caused it was committed.
 */
@FunctionalInterface
public interface Notifier {
    void send(Connection tx, Notice notice) throws SQLException;
}

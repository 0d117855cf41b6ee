package dev.upkisim.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything the workflow has recorded since the start — uploads, applications, certificates, one-time URLs, jobs,
 * mail and its deliveries — deleted at once by a reset (issue 5 item 5), children before parents. Not touched: the CA
 * hierarchy, the listener identity, RA credentials, OCSP responders, CRL numbers, the clock and the controls.
 *
 * <p>Row ids are not reused after a reset (the tables are {@code AUTOINCREMENT}), so a request still holding an old
 * application's id can never reach a new application.
 */
public final class WorkflowDataStore {
    /** Table → what the reset's answer calls it, in the order they are deleted. */
    private static final Map<String, String> TABLES = tables();

    /** Deletes every row of the workflow's tables in the caller's transaction; returns how many per kind. */
    public Map<String, Integer> clear(Connection tx) throws SQLException {
        Map<String, Integer> deleted = new LinkedHashMap<>();
        for (Map.Entry<String, String> table : TABLES.entrySet()) {
            deleted.put(table.getValue(), Sql.update(tx, "DELETE FROM " + table.getKey()));
        }
        return deleted;
    }

    private static Map<String, String> tables() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("mail_delivery", "mailDeliveries");
        tables.put("mail", "mails");
        tables.put("one_time_url", "oneTimeUrls");
        tables.put("certificate", "certificates");
        tables.put("job", "jobs");
        tables.put("application", "applications");
        tables.put("upload", "uploads");
        return tables;
    }
}

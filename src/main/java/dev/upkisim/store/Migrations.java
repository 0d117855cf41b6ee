package dev.upkisim.store;

import java.util.List;

/**
 * The schema, one step per version; {@code PRAGMA user_version} records how many steps a database has had.
 * Steps are only ever appended, never edited, so every existing data directory can be brought up to date.
 */
final class Migrations {
    static final List<String> STEPS = List.of(
            // 1: the CA hierarchy, the HTTPS listener's identity, the simulated clock
            """
            CREATE TABLE ca_authority (
                role        TEXT PRIMARY KEY CHECK (role IN ('root', 'client', 'smime', 'server')),
                certificate BLOB NOT NULL,
                private_key BLOB NOT NULL,
                created_at  TEXT NOT NULL
            );
            CREATE TABLE listener_identity (
                id          INTEGER PRIMARY KEY CHECK (id = 1),
                hostnames   TEXT NOT NULL,
                certificate BLOB NOT NULL,
                private_key BLOB NOT NULL
            );
            CREATE TABLE clock_state (
                id          INTEGER PRIMARY KEY CHECK (id = 1),
                sim_anchor  TEXT NOT NULL,
                wall_anchor TEXT NOT NULL,
                speed       REAL NOT NULL,
                frozen      INTEGER NOT NULL
            );
            """);

    private Migrations() {
    }
}

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
            """,
            // 2: the NII issuance system: RA credentials, uploads, applications, certificates, one-time URLs,
            //    persistent jobs, the mail outbox and its deliveries
            """
            CREATE TABLE ra_credential (
                institution  TEXT PRIMARY KEY,
                serial       TEXT NOT NULL UNIQUE,
                certificate  BLOB NOT NULL,
                private_key  BLOB NOT NULL,
                p12_password TEXT NOT NULL
            );
            CREATE TABLE upload (
                id           INTEGER PRIMARY KEY AUTOINCREMENT,
                institution  TEXT NOT NULL,
                apply_type   INTEGER NOT NULL,
                error_policy INTEGER NOT NULL,
                file_name    TEXT NOT NULL,
                received_at  TEXT NOT NULL,
                row_count    INTEGER NOT NULL,
                accepted     INTEGER NOT NULL
            );
            CREATE TABLE application (
                id                INTEGER PRIMARY KEY AUTOINCREMENT,
                upload_id         INTEGER NOT NULL REFERENCES upload(id),
                seq               INTEGER NOT NULL,
                institution       TEXT NOT NULL,
                apply_type        INTEGER NOT NULL,
                profile           INTEGER,
                subject_dn        TEXT NOT NULL,
                download_method   INTEGER,
                admin_name        TEXT,
                admin_affiliation TEXT,
                admin_email       TEXT,
                user_name         TEXT,
                p12_file_name     TEXT,
                user_affiliation  TEXT,
                user_email        TEXT,
                access_pin        TEXT,
                target_serial     TEXT,
                revoke_reason     INTEGER,
                revoke_comment    TEXT,
                state             TEXT NOT NULL,
                stuck             INTEGER NOT NULL DEFAULT 0,
                created_at        TEXT NOT NULL,
                updated_at        TEXT NOT NULL,
                UNIQUE (upload_id, seq)
            );
            CREATE INDEX application_by_institution ON application (institution, id);
            CREATE TABLE certificate (
                serial          TEXT PRIMARY KEY,
                application_id  INTEGER UNIQUE REFERENCES application(id),
                institution     TEXT NOT NULL,
                profile         INTEGER NOT NULL,
                issuer          TEXT NOT NULL,
                subject_dn      TEXT NOT NULL,
                requested_dn    TEXT NOT NULL,
                user_email      TEXT,
                not_before      TEXT NOT NULL,
                not_after       TEXT NOT NULL,
                der             BLOB NOT NULL,
                private_key     BLOB,
                issued_at       TEXT NOT NULL,
                downloaded_at   TEXT,
                revoked_at      TEXT,
                revocation_reason INTEGER,
                replaced_by     TEXT
            );
            CREATE INDEX certificate_by_institution ON certificate (institution, requested_dn);
            CREATE TABLE one_time_url (
                token          TEXT PRIMARY KEY,
                purpose        TEXT NOT NULL,
                application_id INTEGER REFERENCES application(id),
                upload_id      INTEGER REFERENCES upload(id),
                created_at     TEXT NOT NULL,
                expires_at     TEXT NOT NULL,
                used_at        TEXT
            );
            CREATE INDEX one_time_url_by_application ON one_time_url (application_id, purpose);
            CREATE TABLE job (
                id             INTEGER PRIMARY KEY AUTOINCREMENT,
                kind           TEXT NOT NULL,
                subject_id     INTEGER NOT NULL,
                due_at         TEXT NOT NULL,
                attempts       INTEGER NOT NULL DEFAULT 0,
                last_error     TEXT,
                UNIQUE (kind, subject_id)
            );
            CREATE INDEX job_by_due ON job (due_at);
            CREATE TABLE mail (
                id             INTEGER PRIMARY KEY AUTOINCREMENT,
                created_at     TEXT NOT NULL,
                from_address   TEXT NOT NULL,
                recipients     TEXT NOT NULL,
                subject        TEXT NOT NULL,
                kind           TEXT NOT NULL,
                application_id INTEGER,
                raw            BLOB NOT NULL
            );
            CREATE TABLE mail_delivery (
                mail_id        INTEGER NOT NULL REFERENCES mail(id),
                transport      TEXT NOT NULL,
                state          TEXT NOT NULL,
                attempts       INTEGER NOT NULL DEFAULT 0,
                last_error     TEXT,
                PRIMARY KEY (mail_id, transport)
            );
            """,
            // 3: server certificate applications (SPEC 1.2 server TSV columns 7, 11, 12, 13): the CSR as given,
            //    the FQDN, the server software, and the certificate's dNSNames joined by commas (FQDN first)
            """
            ALTER TABLE application ADD COLUMN csr TEXT;
            ALTER TABLE application ADD COLUMN fqdn TEXT;
            ALTER TABLE application ADD COLUMN server_software TEXT;
            ALTER TABLE application ADD COLUMN dns_names TEXT;
            """,
            // 4: revocation publishing: the latest CRL of each issuing CA with its monotonic number (RFC 5280
            //    5.2.3), and each issuing CA's delegated OCSP signing certificate and key (RFC 6960 4.2.2.2)
            """
            CREATE TABLE crl (
                ca          TEXT PRIMARY KEY,
                number      INTEGER NOT NULL,
                this_update TEXT NOT NULL,
                next_update TEXT NOT NULL,
                der         BLOB NOT NULL
            );
            CREATE TABLE ocsp_responder (
                ca          TEXT PRIMARY KEY,
                certificate BLOB NOT NULL,
                private_key BLOB NOT NULL
            );
            CREATE INDEX certificate_revoked_by_issuer ON certificate (issuer, revoked_at);
            """,
            // 5: simulation controls (SPEC 1.6, 1.7): the timeline of events, and the control settings changed at
            //    run time (maintenance windows, faults, quirks, delays, scenario) as named JSON documents
            """
            CREATE TABLE event (
                id             INTEGER PRIMARY KEY AUTOINCREMENT,
                sim_at         TEXT NOT NULL,
                wall_at        TEXT NOT NULL,
                face           TEXT NOT NULL,
                kind           TEXT NOT NULL,
                application_id INTEGER,
                user_id        TEXT,
                institution    TEXT,
                reason         TEXT NOT NULL
            );
            CREATE INDEX event_by_application ON event (application_id, id);
            CREATE TABLE sim_control (
                name           TEXT PRIMARY KEY,
                value          TEXT NOT NULL
            );
            """,
            // 6: instants in fixed-width text (nine fraction digits, Sql.text), so that comparing and ordering them as
            //    text is time order; the columns compared or ordered in SQL are rewritten
            fixedWidthInstants("job.due_at", "one_time_url.created_at", "one_time_url.expires_at",
                    "one_time_url.used_at", "certificate.issued_at", "certificate.revoked_at",
                    "certificate.downloaded_at"));

    private Migrations() {
    }

    /**
     * Step 6's rewrite of {@code table.column} instants into Sql.text's form: the 19 characters up to the seconds,
     * the fraction padded or cut to nine digits, then Z; values of that width already are left alone.
     */
    private static String fixedWidthInstants(String... tableColumns) {
        StringBuilder sql = new StringBuilder();
        for (String tableColumn : tableColumns) {
            int dot = tableColumn.indexOf('.');
            sql.append("""
                    UPDATE TABLE SET COLUMN = substr(COLUMN, 1, 19) || '.'
                        || substr(CASE WHEN instr(COLUMN, '.') > 0 THEN substr(COLUMN, 21, length(COLUMN) - 21) ELSE '' END
                                  || '000000000', 1, 9) || 'Z'
                        WHERE COLUMN IS NOT NULL AND length(COLUMN) <> 30;
                    """.replace("TABLE", tableColumn.substring(0, dot)).replace("COLUMN", tableColumn.substring(dot + 1)));
        }
        return sql.toString();
    }
}

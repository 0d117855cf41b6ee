package dev.upkisim.store;

import dev.upkisim.core.Application;
import dev.upkisim.core.ApplicationRequest;
import dev.upkisim.core.ApplicationState;
import dev.upkisim.core.ApplyType;
import dev.upkisim.core.CertificateProfile;
import dev.upkisim.core.ServerDetails;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Uploads and the applications they carry ({@code upload}, {@code application}). A server certificate
 * application's {@link ServerDetails} live in the columns {@code csr}, {@code fqdn}, {@code server_software} and
 * {@code dns_names} (comma separated), NULL for every other application.
 */
public final class ApplicationStore {
    private static final String COLUMNS = "id, upload_id, seq, institution, apply_type, profile, subject_dn, "
            + "download_method, admin_name, admin_affiliation, admin_email, user_name, p12_file_name, user_affiliation, "
            + "user_email, access_pin, target_serial, revoke_reason, revoke_comment, state, stuck, created_at, updated_at, "
            + "csr, fqdn, server_software, dns_names";

    /** Records an upload; its accepted rows are added with {@link #insert}, in the same transaction. */
    public long insertUpload(Connection tx, String institutionId, ApplyType type, int errorPolicy, String fileName,
                             Instant receivedAt, int rowCount, int accepted) throws SQLException {
        return Sql.insert(tx, "INSERT INTO upload (institution, apply_type, error_policy, file_name, received_at,"
                + " row_count, accepted) VALUES (?, ?, ?, ?, ?, ?, ?)", institutionId, type.code(), errorPolicy,
                fileName, receivedAt, rowCount, accepted);
    }

    public Application insert(Connection tx, long uploadId, String institutionId, ApplicationRequest request,
                              Instant now) throws SQLException {
        ServerDetails server = request.server();
        long id = Sql.insert(tx, "INSERT INTO application (upload_id, seq, institution, apply_type, profile, subject_dn,"
                        + " download_method, admin_name, admin_affiliation, admin_email, user_name, p12_file_name,"
                        + " user_affiliation, user_email, access_pin, target_serial, revoke_reason, revoke_comment, state,"
                        + " created_at, updated_at, csr, fqdn, server_software, dns_names)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                uploadId, request.seq(), institutionId, request.type().code(),
                request.profile() == null ? null : request.profile().id(), request.subjectDn(),
                request.downloadMethod(), request.adminName(), request.adminAffiliation(), request.adminEmail(),
                request.userName(), request.p12FileName(), request.userAffiliation(), request.userEmail(),
                request.accessPin(), request.targetSerial(), request.revokeReason(), request.revokeComment(),
                ApplicationState.RECEIVED, now, now, server == null ? null : server.csrPem(),
                server == null ? null : server.fqdn(), server == null ? null : server.serverSoftware(),
                server == null ? null : String.join(",", server.dnsNames()));
        return new Application(id, uploadId, institutionId, request, ApplicationState.RECEIVED, false, now, now);
    }

    public Optional<Application> find(Connection connection, long id) throws SQLException {
        return Sql.one(connection, "SELECT " + COLUMNS + " FROM application WHERE id = ?", ApplicationStore::map, id);
    }

    public List<Application> byInstitution(Connection connection, String institutionId) throws SQLException {
        return Sql.list(connection, "SELECT " + COLUMNS + " FROM application WHERE institution = ? ORDER BY id",
                ApplicationStore::map, institutionId);
    }

    public List<Application> byUpload(Connection connection, long uploadId) throws SQLException {
        return Sql.list(connection, "SELECT " + COLUMNS + " FROM application WHERE upload_id = ? ORDER BY seq",
                ApplicationStore::map, uploadId);
    }

    /** How many of the upload's applications with this download method are not yet in {@code state}. */
    public int countNotIn(Connection connection, long uploadId, int downloadMethod, ApplicationState state)
            throws SQLException {
        return Sql.one(connection, "SELECT COUNT(*) FROM application WHERE upload_id = ? AND download_method = ?"
                + " AND state <> ?", row -> row.getInt(1), uploadId, downloadMethod, state).orElse(0);
    }

    /** Moves an application on only if it is still in {@code from}: a second worker finds nothing to do. */
    public boolean transition(Connection tx, long id, ApplicationState from, ApplicationState to, Instant now)
            throws SQLException {
        return Sql.update(tx, "UPDATE application SET state = ?, updated_at = ? WHERE id = ? AND state = ?",
                to, now, id, from) == 1;
    }

    public void setAccessPin(Connection tx, long id, String pin) throws SQLException {
        Sql.update(tx, "UPDATE application SET access_pin = ? WHERE id = ?", pin, id);
    }

    public void setStuck(Connection tx, long id, boolean stuck, Instant now) throws SQLException {
        Sql.update(tx, "UPDATE application SET stuck = ?, updated_at = ? WHERE id = ?", stuck, now, id);
    }

    private static Application map(ResultSet row) throws SQLException {
        Integer profile = Sql.integer(row, "profile");
        String serial = row.getString("target_serial");
        ApplicationRequest request = new ApplicationRequest(row.getInt("seq"),
                ApplyType.byCode(row.getInt("apply_type")).orElseThrow(),
                profile == null ? null : CertificateProfile.byId(profile).orElseThrow(),
                row.getString("subject_dn"), Sql.integer(row, "download_method"), row.getString("admin_name"),
                row.getString("admin_affiliation"), row.getString("admin_email"), row.getString("user_name"),
                row.getString("p12_file_name"), row.getString("user_affiliation"), row.getString("user_email"),
                row.getString("access_pin"), serial == null ? null : new BigInteger(serial),
                Sql.integer(row, "revoke_reason"), row.getString("revoke_comment"), server(row));
        return new Application(row.getLong("id"), row.getLong("upload_id"), row.getString("institution"), request,
                ApplicationState.valueOf(row.getString("state")), row.getInt("stuck") != 0,
                Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }

    private static ServerDetails server(ResultSet row) throws SQLException {
        String csr = row.getString("csr");
        if (csr == null) {
            return null;
        }
        return new ServerDetails(csr, row.getString("fqdn"), row.getString("server_software"),
                Arrays.asList(row.getString("dns_names").split(",")));
    }
}

package dev.upkisim.store;

import dev.upkisim.ca.RevokedEntry;
import dev.upkisim.core.CertificateProfile;
import dev.upkisim.core.IssuedCertificate;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Issued certificates ({@code certificate}). The serial is the primary key and the application id is unique:
 * a second issuance for one application, or a reused serial, fails in the database itself (DESIGN "Issuing
 * exactly once").
 */
public final class CertificateStore {
    private static final String COLUMNS = "serial, application_id, institution, profile, issuer, subject_dn, requested_dn,"
            + " user_email, not_before, not_after, der, issued_at, downloaded_at, revoked_at, revocation_reason";

    public void insert(Connection tx, IssuedCertificate certificate, byte[] privateKeyPkcs8) throws SQLException {
        Sql.update(tx, "INSERT INTO certificate (" + COLUMNS + ", private_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                certificate.serial(), certificate.applicationId(), certificate.institutionId(),
                certificate.profile().id(), certificate.issuerId(), certificate.subjectDn(), certificate.requestedDn(),
                certificate.userEmail(), certificate.notBefore(), certificate.notAfter(), certificate.der(),
                certificate.issuedAt(), certificate.downloadedAt(), certificate.revokedAt(),
                certificate.revocationReason(), privateKeyPkcs8);
    }

    public Optional<IssuedCertificate> bySerial(Connection connection, String institutionId, BigInteger serial)
            throws SQLException {
        return Sql.one(connection, "SELECT " + COLUMNS + " FROM certificate WHERE serial = ? AND institution = ?",
                CertificateStore::map, serial, institutionId);
    }

    /** The certificate with this serial, whichever institution it belongs to (serials are unique). */
    public Optional<IssuedCertificate> bySerialAnywhere(Connection connection, BigInteger serial) throws SQLException {
        return Sql.one(connection, "SELECT " + COLUMNS + " FROM certificate WHERE serial = ?", CertificateStore::map, serial);
    }

    public Optional<IssuedCertificate> byApplication(Connection connection, long applicationId) throws SQLException {
        return Sql.one(connection, "SELECT " + COLUMNS + " FROM certificate WHERE application_id = ?",
                CertificateStore::map, applicationId);
    }

    public Optional<byte[]> privateKey(Connection connection, BigInteger serial) throws SQLException {
        return Sql.one(connection, "SELECT private_key FROM certificate WHERE serial = ?", row -> row.getBytes(1), serial);
    }

    public List<IssuedCertificate> byInstitution(Connection connection, String institutionId) throws SQLException {
        return Sql.list(connection, "SELECT " + COLUMNS + " FROM certificate WHERE institution = ? ORDER BY issued_at",
                CertificateStore::map, institutionId);
    }

    /** Every certificate, oldest first. */
    public List<IssuedCertificate> all(Connection connection) throws SQLException {
        return Sql.list(connection, "SELECT " + COLUMNS + " FROM certificate ORDER BY issued_at", CertificateStore::map);
    }

    /** Whether any certificate of the institution was issued for this TSV DN (SPEC 1.2 error 212). */
    public boolean requestedDnInUse(Connection connection, String institutionId, String requestedDn) throws SQLException {
        return Sql.one(connection, "SELECT 1 FROM certificate WHERE institution = ? AND requested_dn = ? LIMIT 1",
                row -> true, institutionId, requestedDn).isPresent();
    }

    public boolean markDownloaded(Connection tx, BigInteger serial, Instant at) throws SQLException {
        return Sql.update(tx, "UPDATE certificate SET downloaded_at = ? WHERE serial = ? AND downloaded_at IS NULL",
                at, serial) == 1;
    }

    /** Revokes once: a certificate already revoked keeps its first time and reason. */
    public boolean revoke(Connection tx, BigInteger serial, Instant at, int reason) throws SQLException {
        return Sql.update(tx, "UPDATE certificate SET revoked_at = ?, revocation_reason = ? WHERE serial = ?"
                + " AND revoked_at IS NULL", at, reason, serial) == 1;
    }

    /** The revoked certificates of one issuing CA, oldest revocation first: the entries of its CRL. */
    public List<RevokedEntry> revokedBy(Connection connection, String issuerId) throws SQLException {
        return Sql.list(connection, "SELECT serial, revoked_at, revocation_reason FROM certificate"
                + " WHERE issuer = ? AND revoked_at IS NOT NULL ORDER BY revoked_at, serial", row -> {
                    Instant at = Sql.instant(row, "revoked_at");
                    Integer reason = Sql.integer(row, "revocation_reason");
                    return new RevokedEntry(new BigInteger(row.getString("serial")), at, reason == null ? 0 : reason, at);
                }, issuerId);
    }

    /** The one certificate with this serial from this issuing CA, whatever its institution (OCSP, RFC 6960 4.1.1). */
    public Optional<IssuedCertificate> byIssuerAndSerial(Connection connection, String issuerId, BigInteger serial)
            throws SQLException {
        return Sql.one(connection, "SELECT " + COLUMNS + " FROM certificate WHERE serial = ? AND issuer = ?",
                CertificateStore::map, serial, issuerId);
    }

    private static IssuedCertificate map(ResultSet row) throws SQLException {
        long applicationId = row.getLong("application_id");
        Long application = row.wasNull() ? null : applicationId;
        return new IssuedCertificate(new BigInteger(row.getString("serial")), application, row.getString("institution"),
                CertificateProfile.byId(row.getInt("profile")).orElseThrow(), row.getString("issuer"),
                row.getString("subject_dn"), row.getString("requested_dn"), row.getString("user_email"),
                Sql.instant(row, "not_before"), Sql.instant(row, "not_after"), row.getBytes("der"),
                Sql.instant(row, "issued_at"), Sql.instant(row, "downloaded_at"), Sql.instant(row, "revoked_at"),
                Sql.integer(row, "revocation_reason"));
    }
}

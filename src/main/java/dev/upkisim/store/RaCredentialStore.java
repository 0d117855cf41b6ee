package dev.upkisim.store;

import dev.upkisim.ca.Der;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Each institution's RA operator certificate (profile 1, 登録担当者用証明書) with its key ({@code ra_credential}). */
public final class RaCredentialStore {

    public record RaCredential(String institutionId, X509Certificate certificate, PrivateKey privateKey,
                               String p12Password) {
        public BigInteger serial() {
            return certificate.getSerialNumber();
        }
    }

    public Optional<RaCredential> byInstitution(Connection connection, String institutionId) throws SQLException {
        return Sql.one(connection, "SELECT institution, certificate, private_key, p12_password FROM ra_credential"
                + " WHERE institution = ?", RaCredentialStore::map, institutionId);
    }

    public Optional<RaCredential> bySerial(Connection connection, BigInteger serial) throws SQLException {
        return Sql.one(connection, "SELECT institution, certificate, private_key, p12_password FROM ra_credential"
                + " WHERE serial = ?", RaCredentialStore::map, serial);
    }

    /** Stores the credential unless the institution already has one; returns the one that is stored. */
    public RaCredential insertIfAbsent(Connection tx, RaCredential credential) throws SQLException {
        Sql.update(tx, "INSERT OR IGNORE INTO ra_credential (institution, serial, certificate, private_key, p12_password)"
                        + " VALUES (?, ?, ?, ?, ?)", credential.institutionId(), credential.serial(),
                Der.encoded(credential.certificate()), credential.privateKey().getEncoded(), credential.p12Password());
        return byInstitution(tx, credential.institutionId()).orElseThrow();
    }

    private static RaCredential map(java.sql.ResultSet row) throws SQLException {
        try {
            return new RaCredential(row.getString("institution"), Der.certificate(row.getBytes("certificate")),
                    Der.rsaPrivateKey(row.getBytes("private_key")), row.getString("p12_password"));
        } catch (GeneralSecurityException e) {
            throw new SQLException("stored RA credential of " + row.getString("institution") + " cannot be read", e);
        }
    }
}

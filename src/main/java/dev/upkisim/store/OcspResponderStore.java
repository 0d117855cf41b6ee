package dev.upkisim.store;

import dev.upkisim.ca.Der;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Each issuing CA's delegated OCSP signing certificate and key ({@code ocsp_responder}), kept in the data
 * directory so a restart answers with the same responder (RFC 6960 4.2.2.2).
 */
public final class OcspResponderStore {

    public record Responder(X509Certificate certificate, PrivateKey key) {
    }

    public Optional<Responder> find(Connection connection, String ca) throws SQLException {
        return Sql.one(connection, "SELECT certificate, private_key FROM ocsp_responder WHERE ca = ?", row -> {
            try {
                return new Responder(Der.certificate(row.getBytes(1)), Der.rsaPrivateKey(row.getBytes(2)));
            } catch (GeneralSecurityException e) {
                throw new SQLException("the stored OCSP responder of " + ca + " cannot be read", e);
            }
        }, ca);
    }

    public void save(Connection tx, String ca, Responder responder) throws SQLException {
        Sql.update(tx, "INSERT INTO ocsp_responder (ca, certificate, private_key) VALUES (?, ?, ?)", ca,
                Der.encoded(responder.certificate()), responder.key().getEncoded());
    }
}

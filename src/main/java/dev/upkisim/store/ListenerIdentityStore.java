package dev.upkisim.store;

import dev.upkisim.ca.Der;
import dev.upkisim.ca.ListenerIdentity;
import java.security.GeneralSecurityException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Optional;

/** The HTTPS listener's certificate and key ({@code listener_identity}), kept so a warm start needs no key generation. */
public final class ListenerIdentityStore {
    private final Database database;

    public ListenerIdentityStore(Database database) {
        this.database = database;
    }

    /** The stored identity; empty if none or unreadable (it is then simply issued again). */
    public Optional<ListenerIdentity> load() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT hostnames, certificate, private_key FROM listener_identity WHERE id = 1");
                 ResultSet result = query.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(new ListenerIdentity(Arrays.asList(result.getString(1).split(",")),
                            Der.certificate(result.getBytes(2)), Der.rsaPrivateKey(result.getBytes(3))));
                } catch (GeneralSecurityException | RuntimeException e) {
                    return Optional.empty();
                }
            }
        });
    }

    public void save(ListenerIdentity identity) {
        database.write(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT OR REPLACE INTO listener_identity (id, hostnames, certificate, private_key) VALUES (1, ?, ?, ?)")) {
                upsert.setString(1, String.join(",", identity.hostnames()));
                upsert.setBytes(2, Der.encoded(identity.certificate()));
                upsert.setBytes(3, identity.privateKey().getEncoded());
                upsert.executeUpdate();
            }
            return null;
        });
    }
}

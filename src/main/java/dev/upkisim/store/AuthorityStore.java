package dev.upkisim.store;

import dev.upkisim.ca.Authority;
import dev.upkisim.ca.CaHierarchy;
import dev.upkisim.ca.CaRole;
import dev.upkisim.ca.Der;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The CA hierarchy's certificates and keys ({@code ca_authority}). */
public final class AuthorityStore {
    private final Database database;
    private final Path file;

    public AuthorityStore(Database database, Path file) {
        this.database = database;
        this.file = file;
    }

    /** The stored hierarchy, or empty when none was ever stored; damaged rows are reported, not skipped. */
    public Optional<List<Authority>> load() {
        List<Authority> authorities = database.read(connection -> {
            List<Authority> rows = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT role, certificate, private_key FROM ca_authority ORDER BY role");
                 ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(parse(result.getString(1), result.getBytes(2), result.getBytes(3)));
                }
            }
            return rows;
        });
        return authorities.isEmpty() ? Optional.empty() : Optional.of(authorities);
    }

    /** Stores a whole hierarchy in one transaction; refuses if any CA is already stored. */
    public void saveNew(CaHierarchy hierarchy, Instant createdAt) {
        database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO ca_authority (role, certificate, private_key, created_at) VALUES (?, ?, ?, ?)")) {
                for (Authority authority : hierarchy.all()) {
                    insert.setString(1, authority.id());
                    insert.setBytes(2, Der.encoded(authority.certificate()));
                    insert.setBytes(3, authority.privateKey().getEncoded());
                    insert.setString(4, createdAt.toString());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    private Authority parse(String role, byte[] certificate, byte[] privateKey) {
        CaRole caRole;
        try {
            caRole = CaRole.fromId(role);
        } catch (IllegalArgumentException e) {
            throw damaged("an unknown CA role '" + role + "' is stored");
        }
        try {
            return new Authority(caRole, Der.certificate(certificate), Der.rsaPrivateKey(privateKey));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw damaged("the stored " + role + " CA certificate or key cannot be read");
        }
    }

    private StoredDataException damaged(String what) {
        return CaDataDamage.report(file, what);
    }
}

package dev.upkisim.store;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The latest CRL of each issuing CA ({@code crl}). The CRL number only grows (RFC 5280 5.2.3: "a monotonically
 * increasing sequence number"): {@link #nextNumber} reads it in the same write transaction that saves the next.
 */
public final class CrlStore {

    /** A published CRL. */
    public record StoredCrl(String ca, BigInteger number, Instant thisUpdate, Instant nextUpdate, byte[] der) {
    }

    public Optional<StoredCrl> latest(Connection connection, String ca) throws SQLException {
        return Sql.one(connection, "SELECT ca, number, this_update, next_update, der FROM crl WHERE ca = ?",
                row -> new StoredCrl(row.getString("ca"), BigInteger.valueOf(row.getLong("number")),
                        Sql.instant(row, "this_update"), Sql.instant(row, "next_update"), row.getBytes("der")), ca);
    }

    public BigInteger nextNumber(Connection tx, String ca) throws SQLException {
        return Sql.one(tx, "SELECT number FROM crl WHERE ca = ?", row -> row.getLong(1), ca)
                .map(number -> BigInteger.valueOf(number + 1)).orElse(BigInteger.ONE);
    }

    public void save(Connection tx, StoredCrl crl) throws SQLException {
        Sql.update(tx, "INSERT INTO crl (ca, number, this_update, next_update, der) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (ca) DO UPDATE SET number = excluded.number, this_update = excluded.this_update,"
                + " next_update = excluded.next_update, der = excluded.der",
                crl.ca(), crl.number().longValueExact(), crl.thisUpdate(), crl.nextUpdate(), crl.der());
    }
}

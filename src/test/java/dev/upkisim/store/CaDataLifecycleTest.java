package dev.upkisim.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.Simulator;
import dev.upkisim.ca.Authority;
import dev.upkisim.ca.Fingerprints;
import dev.upkisim.clock.ClockAmount;
import dev.upkisim.config.Settings;
import dev.upkisim.config.SettingsCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CA hierarchy across restarts, and what happens when its stored data is damaged. */
class CaDataLifecycleTest {
    @TempDir
    Path data;

    @Test
    void aRestartReusesTheHierarchyAndTheListenerCertificate() {
        List<String> first;
        String listener;
        try (Simulator simulator = Simulator.start(Settings.forTests(data))) {
            first = fingerprints(simulator);
            listener = listenerCertificateHex();
        }
        try (Simulator simulator = Simulator.start(Settings.forTests(data))) {
            assertEquals(first, fingerprints(simulator));
            assertEquals(listener, listenerCertificateHex());
            assertTrue(simulator.notices().isEmpty(), simulator.notices().toString());
        }
    }

    @Test
    void newHostNamesGetANewListenerCertificateFromTheSameHierarchy() {
        List<String> first;
        String listener;
        try (Simulator simulator = Simulator.start(Settings.forTests(data))) {
            first = fingerprints(simulator);
            listener = listenerCertificateHex();
        }
        try (Simulator simulator = Simulator.start(Settings.forTests(data)
                .with(SettingsCatalog.HOSTNAMES, List.of("localhost", "127.0.0.1", "scia.secomtrust.net")))) {
            assertEquals(first, fingerprints(simulator));
            assertFalse(listener.equals(listenerCertificateHex()));
        }
    }

    @Test
    void theSimulatedClockContinuesWhereItWasAfterARestart() {
        Instant frozenAt;
        try (Simulator simulator = Simulator.start(Settings.forTests(data))) {
            simulator.clock().change(ClockAmount.parse("P45D"), null, true);
            frozenAt = simulator.clock().now();
        }
        try (Simulator simulator = Simulator.start(Settings.forTests(data))) {
            assertEquals(frozenAt, simulator.clock().now());
            assertTrue(simulator.clock().frozen());
        }
    }

    @Test
    void aFileThatIsNotADatabaseStopsStartUpWithAClearMessageAndIsLeftAlone() throws Exception {
        Files.createDirectories(data);
        Path database = data.resolve("upki-sim.db");
        Files.writeString(database, "this is not SQLite, but someone's notes. ".repeat(200));
        byte[] before = Files.readAllBytes(database);
        StoredDataException error = assertThrows(StoredDataException.class,
                () -> Simulator.start(Settings.forTests(data)));
        assertTrue(error.getMessage().contains("is not a readable upki-sim database"), error.getMessage());
        assertTrue(error.getMessage().contains("move it away"), error.getMessage());
        assertArrayEquals(before, Files.readAllBytes(database));
    }

    @Test
    void aDamagedCaCertificateStopsStartUpAndIsNeverReplaced() throws Exception {
        startOnceAndStop();
        byte[] before = authorityBytes();
        execute("UPDATE ca_authority SET certificate = X'3082DEADBEEF' WHERE role = 'smime'");
        byte[] damaged = authorityBytes();
        StoredDataException error = assertThrows(StoredDataException.class,
                () -> Simulator.start(Settings.forTests(data)));
        assertTrue(error.getMessage().contains("the CA data in"), error.getMessage());
        assertTrue(error.getMessage().contains("smime CA certificate or key cannot be read"), error.getMessage());
        assertTrue(error.getMessage().contains("will not generate a new hierarchy over existing data"), error.getMessage());
        assertArrayEquals(damaged, authorityBytes(), "the stored data was not touched");
        assertFalse(java.util.Arrays.equals(before, damaged));
    }

    @Test
    void aMissingCaStopsStartUp() throws Exception {
        startOnceAndStop();
        execute("DELETE FROM ca_authority WHERE role = 'server'");
        StoredDataException error = assertThrows(StoredDataException.class,
                () -> Simulator.start(Settings.forTests(data)));
        assertTrue(error.getMessage().contains("the server CA is missing"), error.getMessage());
        assertEquals(3, count("SELECT COUNT(*) FROM ca_authority"));
    }

    @Test
    void aKeyThatDoesNotMatchItsCertificateStopsStartUp() throws Exception {
        startOnceAndStop();
        execute("UPDATE ca_authority SET private_key = (SELECT private_key FROM ca_authority WHERE role = 'root')"
                + " WHERE role = 'client'");
        StoredDataException error = assertThrows(StoredDataException.class,
                () -> Simulator.start(Settings.forTests(data)));
        assertTrue(error.getMessage().contains("client CA private key does not belong to its certificate"),
                error.getMessage());
    }

    @Test
    void anIssuingCaFromAnotherHierarchyStopsStartUp(@TempDir Path other) throws Exception {
        startOnceAndStop();
        try (Simulator simulator = Simulator.start(Settings.forTests(other))) {
            simulator.hierarchy();
        }
        byte[] foreignCertificate;
        byte[] foreignKey;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + other.resolve("upki-sim.db"));
             var rows = connection.createStatement().executeQuery(
                     "SELECT certificate, private_key FROM ca_authority WHERE role = 'client'")) {
            foreignCertificate = rows.getBytes(1);
            foreignKey = rows.getBytes(2);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("upki-sim.db"));
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE ca_authority SET certificate = ?, private_key = ? WHERE role = 'client'")) {
            update.setBytes(1, foreignCertificate);
            update.setBytes(2, foreignKey);
            update.executeUpdate();
        }
        StoredDataException error = assertThrows(StoredDataException.class,
                () -> Simulator.start(Settings.forTests(data)));
        assertTrue(error.getMessage().contains("client CA certificate is not signed by the stored root"), error.getMessage());
    }

    @Test
    void aSecondSimulatorOnTheSameDataDirectoryIsRefused() {
        try (Simulator first = Simulator.start(Settings.forTests(data))) {
            StoredDataException error = assertThrows(StoredDataException.class,
                    () -> Simulator.start(Settings.forTests(data)));
            assertTrue(error.getMessage().contains("is in use by another upki-sim"), error.getMessage());
            assertEquals(4, first.hierarchy().all().size());
        }
    }

    @Test
    void anEphemeralDataDirectoryIsRemovedAtClose() {
        Settings settings = Settings.forTests(data).with(SettingsCatalog.EPHEMERAL, true);
        Path temporary;
        try (Simulator simulator = Simulator.start(settings)) {
            temporary = simulator.dataDirectory();
            assertTrue(Files.exists(temporary.resolve("upki-sim.db")));
            assertFalse(temporary.startsWith(data));
        }
        assertFalse(Files.exists(temporary));
    }

    private void startOnceAndStop() {
        try (Simulator simulator = Simulator.start(Settings.forTests(data))) {
            assertEquals(4, simulator.hierarchy().all().size());
        }
    }

    private static List<String> fingerprints(Simulator simulator) {
        return simulator.hierarchy().all().stream().map(Authority::certificate).map(Fingerprints::sha256).toList();
    }

    private String listenerCertificateHex() {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("upki-sim.db"));
             var rows = connection.createStatement().executeQuery("SELECT certificate FROM listener_identity")) {
            return java.util.HexFormat.of().formatHex(rows.getBytes(1));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] authorityBytes() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("upki-sim.db"));
             var rows = connection.createStatement().executeQuery(
                     "SELECT role, certificate, private_key FROM ca_authority ORDER BY role")) {
            while (rows.next()) {
                digest.update(rows.getString(1).getBytes());
                digest.update(rows.getBytes(2));
                digest.update(rows.getBytes(3));
            }
        }
        return digest.digest();
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("upki-sim.db"));
             Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private long count(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("upki-sim.db"));
             var rows = connection.createStatement().executeQuery(sql)) {
            return rows.getLong(1);
        }
    }
}

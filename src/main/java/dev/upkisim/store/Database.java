package dev.upkisim.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The SQLite database in the data directory, in WAL mode. SQLite allows one writer at a time, so all
 * writes go through one connection under one lock, each in a {@code BEGIN IMMEDIATE} transaction
 * (DESIGN "Engineering notes"); "acknowledged" means "committed". Reads use their own connection, which
 * WAL lets run beside a write.
 */
public final class Database implements AutoCloseable {
    private final Path file;
    private final Connection writer;
    private final Connection reader;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();
    private final List<Runnable> commitListeners = new CopyOnWriteArrayList<>();

    private Database(Path file, Connection writer, Connection reader) {
        this.file = file;
        this.writer = writer;
        this.reader = reader;
    }

    /** Opens (creating if needed) and migrates the database, or says clearly why it cannot. */
    public static Database open(Path file) {
        try {
            Connection writer = connect(file);
            try (Statement statement = writer.createStatement()) {
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA synchronous = NORMAL");
            }
            migrate(file, writer);
            return new Database(file, writer, connect(file));
        } catch (SQLException e) {
            throw explain(file, e);
        }
    }

    /** Runs {@code work} in one write transaction: all of it is committed, or none of it. */
    public <T> T write(SqlWork<T> work) {
        return write(work, result -> { });
    }

    /**
     * Like {@link #write}, then runs {@code afterCommit} with the result once committed, still holding the write
     * lock: in-memory state that mirrors what was written (e.g. a run-time control) changes in commit order.
     * Nothing runs after a rollback. {@code afterCommit} must be quick.
     */
    public <T> T write(SqlWork<T> work, java.util.function.Consumer<? super T> afterCommit) {
        writeLock.lock();
        try {
            try (Statement statement = writer.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
            }
            T result;
            try {
                result = work.run(writer);
                try (Statement statement = writer.createStatement()) {
                    statement.execute("COMMIT");
                }
            } catch (SQLException | RuntimeException e) {
                try (Statement statement = writer.createStatement()) {
                    statement.execute("ROLLBACK");
                }
                throw e;
            }
            commitListeners.forEach(Runnable::run);
            afterCommit.accept(result);
            return result;
        } catch (SQLException e) {
            throw explain(file, e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code listener} after every committed write transaction (e.g. to wake readers tailing a table). */
    public void onCommit(Runnable listener) {
        commitListeners.add(listener);
    }

    public <T> T read(SqlWork<T> work) {
        readLock.lock();
        try {
            return work.run(reader);
        } catch (SQLException e) {
            throw explain(file, e);
        } finally {
            readLock.unlock();
        }
    }

    /**
     * Like {@link #read}, but inside one read transaction, so that every query of {@code work} sees the same
     * committed state (a WAL snapshot, taken at the first query): for views that join what one write transaction
     * changed together, e.g. an application's state and its certificate.
     */
    public <T> T readSnapshot(SqlWork<T> work) {
        return read(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("BEGIN DEFERRED");
            }
            try {
                return work.run(connection);
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("COMMIT");
                }
            }
        });
    }

    @Override
    public void close() {
        try {
            reader.close();
            writer.close();
        } catch (SQLException ignored) {
            // closing at exit: nothing left to protect
        }
    }

    private static Connection connect(Path file) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 5000");
            statement.execute("PRAGMA foreign_keys = ON");
        }
        return connection;
    }

    private static void migrate(Path file, Connection connection) throws SQLException {
        int version;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            version = rows.getInt(1);
        }
        if (version > Migrations.STEPS.size()) {
            throw new StoredDataException(file + " was written by a newer upki-sim (schema " + version
                    + ", this one knows " + Migrations.STEPS.size() + "); use that version or another data directory");
        }
        for (int step = version; step < Migrations.STEPS.size(); step++) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
                for (String sql : Migrations.STEPS.get(step).split(";")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
                statement.execute("PRAGMA user_version = " + (step + 1));
                statement.execute("COMMIT");
            }
        }
    }

    private static StoredDataException explain(Path file, SQLException e) {
        if (e instanceof SQLiteException sqlite && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB
                || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CORRUPT)) {
            return new StoredDataException(file + " is not a readable upki-sim database (" + sqlite.getResultCode()
                    + "). Restore it from a backup, or move it away to start with a new CA hierarchy.", e);
        }
        return new StoredDataException("database " + file + ": " + e.getMessage(), e);
    }
}

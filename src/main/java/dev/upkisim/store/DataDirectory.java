package dev.upkisim.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The data directory: created if missing, locked for the life of the process so that two simulators never
 * share one database, and removed at close when it is ephemeral ({@code --ephemeral}).
 */
public final class DataDirectory implements AutoCloseable {
    private final Path path;
    private final boolean ephemeral;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataDirectory(Path path, boolean ephemeral, FileChannel lockChannel, FileLock lock) {
        this.path = path;
        this.ephemeral = ephemeral;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    public static DataDirectory open(Path path) {
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new StoredDataException("cannot create the data directory " + path + ": " + e.getMessage(), e);
        }
        return lock(path, false);
    }

    public static DataDirectory temporary() {
        try {
            return lock(Files.createTempDirectory("upki-sim-"), true);
        } catch (IOException e) {
            throw new StoredDataException("cannot create a temporary data directory: " + e.getMessage(), e);
        }
    }

    private static DataDirectory lock(Path path, boolean ephemeral) {
        try {
            FileChannel channel = FileChannel.open(path.resolve("upki-sim.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null; // held by this very process
            }
            if (lock == null) {
                channel.close();
                throw new StoredDataException("the data directory " + path
                        + " is in use by another upki-sim; stop it or choose another --data directory");
            }
            return new DataDirectory(path, ephemeral, channel, lock);
        } catch (IOException e) {
            throw new StoredDataException("cannot lock the data directory " + path + ": " + e.getMessage(), e);
        }
    }

    public Path path() {
        return path;
    }

    public boolean ephemeral() {
        return ephemeral;
    }

    public Path databaseFile() {
        return path.resolve("upki-sim.db");
    }

    @Override
    public void close() {
        try {
            lock.release();
            lockChannel.close();
            if (ephemeral) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
                }
            }
        } catch (IOException ignored) {
            // best effort at exit
        }
    }
}

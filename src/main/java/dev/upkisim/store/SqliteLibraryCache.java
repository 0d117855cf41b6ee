package dev.upkisim.store;

import dev.upkisim.UserCache;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Keeps one copy of SQLite's native library per version, OS and architecture in the user's cache directory and
 * points sqlite-jdbc at it ({@code org.sqlite.lib.path} and {@code .name}, its documented settings). Left alone,
 * sqlite-jdbc runs {@code uname}, copies the 1.1 MB library out of the jar to a new temporary file and reads both
 * back to compare them at every start: 0.1–0.4 s of each start on the project's 2-core machine, on the way to
 * opening the store. Anything unusual — settings given by the user, no home directory, a read-only one — leaves
 * sqlite-jdbc to its own way; so does a cached copy that fails to load (say, a home shared with a musl-based
 * container): sqlite-jdbc then passes it over and extracts its own.
 */
public final class SqliteLibraryCache {
    private static final String PATH = "org.sqlite.lib.path";
    private static final String NAME = "org.sqlite.lib.name";

    private SqliteLibraryCache() {
    }

    /** Call before SQLite's native library is first loaded. */
    public static void use() {
        if (System.getProperty(PATH) != null || System.getProperty(NAME) != null) {
            return;
        }
        Path directory = UserCache.directory().orElse(null);
        if (directory == null) {
            return;
        }
        try {
            // One copy per version, OS and architecture, found without asking sqlite-jdbc which build fits this
            // machine: it finds out by starting "uname" (~50 ms), which only the first start needs to do.
            String name = ("sqlite-" + SQLiteJDBCLoader.getVersion() + "-" + System.getProperty("os.name") + "-"
                    + System.getProperty("os.arch") + "-" + LibraryLoaderUtil.NATIVE_LIB_BASE_NAME)
                    .replaceAll("[^A-Za-z0-9._-]", "_");
            Path cached = directory.resolve(name);
            if (!Files.isRegularFile(cached)) {
                URL packaged = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/"
                        + LibraryLoaderUtil.getNativeLibName());
                if (packaged == null) {
                    return;
                }
                Files.createDirectories(directory);
                Path partial = Files.createTempFile(directory, name, ".partial");
                try (InputStream in = packaged.openStream()) {
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(partial, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(partial); // a copy cut short never passes for the library
                }
            }
            System.setProperty(PATH, directory.toString());
            System.setProperty(NAME, name);
        } catch (IOException | RuntimeException e) {
            // only an optimisation: sqlite-jdbc extracts the library itself
        }
    }
}

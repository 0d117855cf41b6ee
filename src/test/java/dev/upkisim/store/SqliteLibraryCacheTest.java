package dev.upkisim.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite's native library is copied once into the user's cache, and sqlite-jdbc is pointed at the copy. */
class SqliteLibraryCacheTest {
    private final String home = System.getProperty("user.home");

    @TempDir
    Path temporaryHome;

    @AfterEach
    void restore() {
        System.setProperty("user.home", home);
        System.clearProperty("org.sqlite.lib.path");
        System.clearProperty("org.sqlite.lib.name");
    }

    @Test
    void theLibraryIsCopiedOnceIntoTheCacheAndSqliteIsPointedAtIt() throws Exception {
        assumeTrue(System.getenv("XDG_CACHE_HOME") == null, "the cache is under $XDG_CACHE_HOME here");
        System.setProperty("user.home", temporaryHome.toString());
        System.clearProperty("org.sqlite.lib.path");
        System.clearProperty("org.sqlite.lib.name");

        SqliteLibraryCache.use();

        Path directory = temporaryHome.resolve(".cache/upki-sim");
        assertEquals(directory.toString(), System.getProperty("org.sqlite.lib.path"));
        Path library = directory.resolve(System.getProperty("org.sqlite.lib.name"));
        assertTrue(Files.size(library) > 100_000, "the native library itself: " + library);
        long copied = Files.getLastModifiedTime(library).toMillis();
        try (var files = Files.list(directory)) {
            assertEquals(1, files.count(), "no partial copy is left behind");
        }

        System.clearProperty("org.sqlite.lib.path");
        System.clearProperty("org.sqlite.lib.name");
        SqliteLibraryCache.use();
        assertEquals(copied, Files.getLastModifiedTime(library).toMillis(), "the second start reuses the copy");
    }

    @Test
    void settingsGivenByTheUserAreLeftAlone() {
        System.setProperty("org.sqlite.lib.path", "/opt/sqlite");
        SqliteLibraryCache.use();
        assertEquals("/opt/sqlite", System.getProperty("org.sqlite.lib.path"));
        assertEquals(null, System.getProperty("org.sqlite.lib.name"));
    }
}

package dev.upkisim;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The user's cache directory for upki-sim: {@code $XDG_CACHE_HOME/upki-sim}, else {@code ~/.cache/upki-sim} (the XDG
 * base directory rule). It holds only what speeds up a start — SQLite's native library, the class archive — and
 * can be deleted at any time.
 */
public final class UserCache {
    private UserCache() {
    }

    /** Empty when there is no home directory to put it in. */
    public static Optional<Path> directory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Optional.of(Path.of(xdg, "upki-sim"));
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() || home.equals("?") ? Optional.empty()
                : Optional.of(Path.of(home, ".cache", "upki-sim"));
    }
}

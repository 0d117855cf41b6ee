package dev.upkisim.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * A browser's download directory. Chromium writes a download to {@code <name>.crdownload} and renames it to its
 * final name when the last byte is on disk, so a file with the final name, and no {@code .crdownload} beside it,
 * is a finished download.
 */
final class Downloads {
    private static final String PARTIAL = ".crdownload";
    private final Path directory;
    private final Set<Path> handedOut = new HashSet<>();

    Downloads(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    /** Waits for a finished download whose name ends with {@code suffix} that has not been returned before. */
    Path await(String suffix, Duration limit) {
        Path file = new FluentWait<>(directory).withTimeout(limit).pollingEvery(Duration.ofMillis(50))
                .withMessage(() -> "a finished download ending in '" + suffix + "' in " + directory
                        + "; the directory holds " + names())
                .until(ignored -> finished(suffix).orElse(null));
        handedOut.add(file);
        return file;
    }

    private Optional<Path> finished(String suffix) {
        List<Path> files = files();
        if (files.stream().anyMatch(file -> file.getFileName().toString().endsWith(PARTIAL))) {
            return Optional.empty();
        }
        return files.stream().filter(file -> file.getFileName().toString().endsWith(suffix))
                .filter(file -> !handedOut.contains(file)).findFirst();
    }

    private List<String> names() {
        return files().stream().map(file -> file.getFileName().toString()).toList();
    }

    private List<Path> files() {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the download directory " + directory, e);
        }
    }
}

package dev.upkisim.web.sim;

import dev.upkisim.core.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The trainer dashboard's files — one HTML shell, one style sheet and small ES modules, one per panel — read from
 * the class path ({@value #DIRECTORY}). Plain files, no build step, nothing fetched from elsewhere: upki-sim runs
 * offline. A new panel is a new {@code .js} file there, imported by {@code main.js}.
 */
final class DashboardAssets {
    static final String DIRECTORY = "/dev/upkisim/web/sim/dashboard/";
    /** Lower-case names with dashes, one dot: no directories, nothing but what the directory holds. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*\\.(js|css)");

    /** A file to send: its bytes and its {@code Content-Type}. */
    record Asset(byte[] content, String contentType) {
    }

    /** The file called {@code name}, if the name is well-formed and the file exists. */
    Optional<Asset> find(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return read(name).map(bytes -> new Asset(bytes, name.endsWith(".js")
                ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8"));
    }

    /** The dashboard's HTML shell, its {@code <html lang>} set to the language the page starts in. */
    String shell(Language language) {
        String html = new String(read("index.html").orElseThrow(() -> new IllegalStateException(
                "the dashboard's index.html is missing from the class path")), StandardCharsets.UTF_8);
        return html.replace("{{lang}}", language.code());
    }

    private static Optional<byte[]> read(String name) {
        try (InputStream in = DashboardAssets.class.getResourceAsStream(DIRECTORY + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dashboard file " + name, e);
        }
    }
}

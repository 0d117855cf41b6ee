package dev.upkisim.workflow.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where scenario files are found (SPEC 3: {@code fixtures/scenarios/}): the fixtures directory's {@code scenarios/},
 * if it has one, and the built-in scenarios in the jar. A file in the directory replaces the built-in one of the same
 * name, so a project can adapt {@code realistic} or add its own. Files are read anew each time, so an edited file
 * counts at the next {@code POST /sim/scenario} or reset.
 */
public final class ScenarioFiles {
    static final String DIRECTORY = "scenarios";
    private static final String BUILT_IN = "fixtures/" + DIRECTORY + "/";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private final Path directory;

    /** The text of one scenario file and where it came from. */
    public record ScenarioText(String name, String file, String yaml) {
    }

    /** @param fixturesDirectory the fixtures directory in use, or {@code null} for the built-in fixtures */
    public ScenarioFiles(Path fixturesDirectory) {
        this.directory = fixturesDirectory == null ? null : fixturesDirectory.resolve(DIRECTORY);
    }

    /** A scenario's file; empty when there is none (or the name could not be a file's). */
    public Optional<ScenarioText> read(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        try {
            if (directory != null && Files.isRegularFile(directory.resolve(name + ".yaml"))) {
                Path file = directory.resolve(name + ".yaml");
                return Optional.of(new ScenarioText(name, file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
            try (InputStream in = ScenarioFiles.class.getResourceAsStream("/" + BUILT_IN + name + ".yaml")) {
                return in == null ? Optional.empty() : Optional.of(new ScenarioText(name, "built-in " + BUILT_IN + name
                        + ".yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario " + name, e);
        }
    }

    /** Every scenario's name, sorted. */
    public List<String> names() {
        SortedSet<String> names = new TreeSet<>(builtInNames());
        if (directory != null && Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.list(directory)) {
                files.map(file -> file.getFileName().toString()).forEach(file -> add(names, file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + directory, e);
            }
        }
        return List.copyOf(names);
    }

    /** Where scenarios are looked for, for messages. */
    public String where() {
        return (directory == null ? "" : directory + " and ") + "the built-in " + BUILT_IN;
    }

    private static SortedSet<String> builtInNames() {
        SortedSet<String> names = new TreeSet<>();
        URL url = ScenarioFiles.class.getResource("/" + BUILT_IN);
        if (url == null) {
            return names;
        }
        try {
            if (url.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    for (JarEntry entry : Collections.list((Enumeration<JarEntry>) jar.entries())) {
                        if (entry.getName().startsWith(BUILT_IN) && entry.getName().indexOf('/', BUILT_IN.length()) < 0) {
                            add(names, entry.getName().substring(BUILT_IN.length()));
                        }
                    }
                }
            } else {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    files.map(file -> file.getFileName().toString()).forEach(file -> add(names, file));
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the built-in scenarios at " + url, e);
        }
        return names;
    }

    private static void add(SortedSet<String> names, String fileName) {
        if (fileName.endsWith(".yaml")) {
            String name = fileName.substring(0, fileName.length() - ".yaml".length());
            if (NAME.matcher(name).matches()) {
                names.add(name);
            }
        }
    }
}

package dev.upkisim.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** DESIGN layers: mail builds and delivers messages; it may use ca and core, never store, web or workflow. */
class MailPackageRulesTest {

    @Test
    void mailImportsNeitherStoreNorWebNorWorkflow() throws Exception {
        Path sources = Path.of("src/main/java/dev/upkisim/mail");
        List<String> offending;
        try (Stream<Path> files = Files.list(sources)) {
            offending = files.flatMap(file -> lines(file).stream()
                            .filter(line -> line.matches("import (static )?dev\\.upkisim\\.(store|web|workflow)\\b.*"))
                            .map(line -> file.getFileName() + ": " + line))
                    .toList();
        }
        assertEquals(List.of(), offending);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package dev.upkisim.tsv;

import dev.upkisim.core.ApplyType;
import dev.upkisim.core.CertificateProfile;
import dev.upkisim.core.Institution;
import dev.upkisim.fixtures.FixturesLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The sample files under fixtures/tsv (see its README) and what the tests need around them. */
final class TsvCorpus {
    static final Path ROOT = Path.of("fixtures", "tsv");

    private TsvCorpus() {
    }

    /** The fixture institution example-u, from the project's fixtures. */
    static Institution institution() {
        return FixturesLoader.load(Path.of("fixtures")).institution("example-u").orElseThrow();
    }

    /** The certificates example-u already has, from fixtures/tsv/issued.tsv. */
    static InMemoryCertificateRegistry registry() {
        InMemoryCertificateRegistry registry = new InMemoryCertificateRegistry();
        for (String line : read(ROOT.resolve("issued.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t");
            registry.add("example-u", new RegisteredCertificate(new BigInteger(fields[0]),
                    fields[3], CertificateProfile.byId(Integer.parseInt(fields[1])).orElseThrow(), fields[2].equals("revoked")));
        }
        return registry;
    }

    static TsvValidator validator() {
        return new TsvValidator(institution(), registry());
    }

    /** The sample files of good/ or bad/, without the .expected files. */
    static Stream<Path> files(String folder) throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
            return files.filter(file -> !file.toString().endsWith(".expected") && !file.toString().endsWith(".md"))
                    .sorted().toList().stream();
        }
    }

    /** The apply type a file is uploaded as: its name's prefix, issue-, renew- or revoke-. */
    static ApplyType applyType(Path file) {
        String prefix = file.getFileName().toString().split("-")[0];
        return ApplyType.byName(prefix).orElseThrow(() -> new IllegalArgumentException("no apply type prefix: " + file));
    }

    static List<String> expected(Path file) {
        String name = file.getFileName().toString();
        return read(file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected"));
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ValidationResult upload(Path file) {
        return validator().validateUpload(file.getFileName().toString(), bytes(file), applyType(file));
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.upkisim.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A fixtures directory of a test's own: the project's institution, users and CA names, to add files beside. */
public final class TestFixtures {
    private TestFixtures() {
    }

    /** Copies {@code fixtures/ca.yaml}, {@code users.yaml} and {@code institutions.yaml} into {@code directory}. */
    public static Path base(Path directory) throws IOException {
        for (String file : List.of("ca.yaml", "users.yaml", "institutions.yaml")) {
            Files.copy(Path.of("fixtures", file), directory.resolve(file));
        }
        return directory;
    }
}

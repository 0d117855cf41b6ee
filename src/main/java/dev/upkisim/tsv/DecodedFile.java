package dev.upkisim.tsv;

import java.util.List;
import java.util.Optional;

/**
 * The lines of an uploaded file, or the one reason the file as a whole is refused (then there are no lines:
 * a file-level problem means nothing in the file is processed).
 */
public record DecodedFile(Optional<RowError> fileError, List<TsvLine> lines) {

    public DecodedFile {
        lines = List.copyOf(lines);
        if (fileError.isPresent() && !lines.isEmpty()) {
            throw new IllegalArgumentException("a refused file has no lines");
        }
    }

    static DecodedFile refused(RowError error) {
        return new DecodedFile(Optional.of(error), List.of());
    }

    static DecodedFile of(List<TsvLine> lines) {
        return new DecodedFile(Optional.empty(), lines);
    }
}

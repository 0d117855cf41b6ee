package dev.upkisim.tsv;

import java.util.List;

/** A line with at least one error; the errors in column order, at most one per column. */
public record RejectedRow(int row, List<RowError> errors) implements RowResult {

    public RejectedRow {
        errors = List.copyOf(errors);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a rejected row needs an error");
        }
    }
}

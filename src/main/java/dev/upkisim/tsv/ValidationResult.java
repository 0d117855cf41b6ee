package dev.upkisim.tsv;

import dev.upkisim.core.ApplyType;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of checking one uploaded file: either file-level errors (then there are no rows: nothing in the
 * file is processed) or one {@link RowResult} per line, in file order.
 *
 * @param registryChecked false when the checks against issued certificates were skipped (offline)
 */
public record ValidationResult(ApplyType applyType, List<RowError> fileErrors, List<RowResult> rows,
                               boolean registryChecked) {

    public ValidationResult {
        fileErrors = List.copyOf(fileErrors);
        rows = List.copyOf(rows);
    }

    public boolean fileRejected() {
        return !fileErrors.isEmpty();
    }

    public List<AcceptedRow> accepted() {
        return rows.stream().filter(AcceptedRow.class::isInstance).map(AcceptedRow.class::cast).toList();
    }

    public List<RejectedRow> rejected() {
        return rows.stream().filter(RejectedRow.class::isInstance).map(RejectedRow.class::cast).toList();
    }

    /** True when nothing is wrong: no file error and no row error. */
    public boolean allValid() {
        return fileErrors.isEmpty() && rejected().isEmpty();
    }

    /** Every error, file-level first, then row by row. */
    public List<RowError> errors() {
        List<RowError> all = new ArrayList<>(fileErrors);
        rejected().forEach(row -> all.addAll(row.errors()));
        return all;
    }
}

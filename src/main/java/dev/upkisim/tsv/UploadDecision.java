package dev.upkisim.tsv;

import java.util.List;

/**
 * What an upload does with a checked file under the page's {@code errorFlg} choice (SPEC 1.2): a pure function
 * of the {@link ValidationResult} and the {@link ErrorPolicy}.
 *
 * <ul>
 *   <li>A file-level error: nothing is processed, under either choice.</li>
 *   <li>{@link ErrorPolicy#ABORT_ALL} (first choice): any row error and nothing is processed.</li>
 *   <li>{@link ErrorPolicy#PROCESS_VALID} (second choice): the valid rows are processed; the others reported.</li>
 * </ul>
 *
 * @param toProcess the rows to carry out, in file order (empty when aborted)
 * @param errors    every error to show, file-level first
 * @param aborted   true when the file had errors and nothing at all is processed
 */
public record UploadDecision(List<AcceptedRow> toProcess, List<RowError> errors, boolean aborted) {

    public UploadDecision {
        toProcess = List.copyOf(toProcess);
        errors = List.copyOf(errors);
    }

    public static UploadDecision decide(ValidationResult result, ErrorPolicy policy) {
        boolean abort = result.fileRejected() || (policy == ErrorPolicy.ABORT_ALL && !result.allValid());
        return new UploadDecision(abort ? List.of() : result.accepted(), result.errors(), abort);
    }
}

package dev.upkisim.tsv;

/**
 * The upload page's radio group {@code errorFlg} (SPEC 1.2, real): what to do with a file some of whose rows
 * are in error. A file-level error (no input, too many records, binary data, …) stops the whole file under
 * either choice.
 */
public enum ErrorPolicy {
    /** First choice: if any row has an error, no row is processed. Real RA clients select this one. */
    ABORT_ALL,
    /** Second choice: the valid rows are processed, the rows in error are reported and skipped. */
    PROCESS_VALID
}

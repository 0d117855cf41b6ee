package dev.upkisim.tsv;

/**
 * What the check made of one line of the file: an {@link AcceptedRow} holding the parsed application, or a
 * {@link RejectedRow} holding its errors (SPEC 1.2: each error is a row error with a code and a Japanese message;
 * nothing is issued for a row in error).
 */
public sealed interface RowResult permits AcceptedRow, RejectedRow {
    /** The 1-based line number, which the result page shows as SEQ. */
    int row();
}

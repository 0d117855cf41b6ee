package dev.upkisim.tsv;

/** A valid application, typed by apply type: {@link IssueRow}, {@link RenewRow} or {@link RevokeRow}. */
public sealed interface AcceptedRow extends RowResult permits IssueRow, RenewRow, RevokeRow {
    /** TSV column 1 exactly as given. */
    String subjectDn();

    /** TSV column 14, the certificate user's address (the result page's メールアドレス column). */
    String userEmail();
}

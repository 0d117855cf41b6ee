package dev.upkisim.tsv;

/**
 * A valid application, typed by apply type and format: {@link IssueRow}, {@link RenewRow} or {@link RevokeRow}
 * (client format), {@link ServerIssueRow} (server format).
 */
public sealed interface AcceptedRow extends RowResult permits IssueRow, RenewRow, RevokeRow, ServerIssueRow {
    /** TSV column 1 exactly as given. */
    String subjectDn();

    /** TSV column 14, the certificate user's address (the result page's メールアドレス column); server rows: column 10. */
    String userEmail();
}

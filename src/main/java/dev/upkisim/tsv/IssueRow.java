package dev.upkisim.tsv;

/** A valid row of an issue file ({@link ApplyType#ISSUE}). */
public record IssueRow(int row, CertificateRequest request) implements AcceptedRow {

    @Override
    public String subjectDn() {
        return request.subjectDn();
    }

    @Override
    public String userEmail() {
        return request.user().email();
    }
}

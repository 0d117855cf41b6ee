package dev.upkisim.tsv;

import java.math.BigInteger;
import java.util.Optional;

/**
 * Checks one row of a revoke file on its own (SPEC 1.2: 1 DN, 4 serial, 5 reason code, 6 comment, 10 admin
 * e-mail, 14 user e-mail): column count, the DN's rules and institution (206), the serial (201, 204, 202), the
 * reason (see {@link RevocationReason}; 203 for a number not allowed), the comment's characters (205,
 * 「失効理由コメントは不正な文字が含まれています。」, real) and its presence when the reason is 0 (201), the two
 * e-mail addresses (206).
 *
 * <p>The other columns are not read: real RA clients leave them empty, but NII's revoke format table could not
 * be read here to say whether the real system refuses text in them, and refusing a file the real system takes
 * would be the worse mistake.
 */
final class RevokeRowCheck {
    private final String dnBase;

    RevokeRowCheck(String dnBase) {
        this.dnBase = dnBase;
    }

    RowResult check(TsvLine line) {
        RowReader reader = new RowReader(line);
        if (line.fields().size() < Column.MIN_COLUMNS || line.fields().size() > Column.MAX_COLUMNS) {
            reader.report(TsvErrors.columnCount(line.row()));
            return new RejectedRow(line.row(), reader.errors());
        }
        Optional<SubjectDn> dn = reader.subjectDn();
        if (dn.isPresent() && !dn.get().belongsTo(dnBase)) {
            reader.report(TsvErrors.badDn(line.row()));
        }
        Optional<BigInteger> serial = reader.number(Column.SERIAL);
        Optional<RevocationReason> reason = reader.code(Column.REVOCATION_REASON, RevocationReason::byCode);
        boolean commentRequired = reason.map(RevocationReason::needsComment).orElse(false);
        Optional<String> comment = reader.text(Column.REVOCATION_COMMENT, commentRequired);
        Optional<String> adminEmail = reader.email(Column.ADMIN_EMAIL);
        Optional<String> userEmail = reader.email(Column.USER_EMAIL);
        if (reader.hasErrors()) {
            return new RejectedRow(line.row(), reader.errors());
        }
        return new RevokeRow(line.row(), dn.orElseThrow().text(), serial.orElseThrow(), reason.orElseThrow(), comment,
                adminEmail.orElseThrow(), userEmail.orElseThrow());
    }
}

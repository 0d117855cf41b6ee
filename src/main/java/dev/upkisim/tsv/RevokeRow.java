package dev.upkisim.tsv;

import dev.upkisim.core.ApplyType;
import java.math.BigInteger;
import java.util.Optional;

/**
 * A valid row of a revoke file ({@link ApplyType#REVOKE}; SPEC 1.2: 1 DN, 4 serial, 5 reason, 6 comment,
 * 10 admin e-mail, 14 user e-mail). The other columns are not read.
 */
public record RevokeRow(int row, String subjectDn, BigInteger serial, RevocationReason reason,
                        Optional<String> comment, String adminEmail, String userEmail) implements AcceptedRow {
}

package dev.upkisim.mail;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.List;

/**
 * The revocation TSV attached to the renewal notice and its reminder, ready to upload with {@code applyType=3}
 * (SPEC 1.2 and 1.4): one row per certificate, tab separated, CRLF, Shift_JIS (written as CP932, the Windows
 * reading the NII face accepts), no header, no quoting.
 *
 * <p>Columns of a revoke row (SPEC 1.2): 1 DN, 4 serial, 5 reason code, 6 comment, 10 admin e-mail, 14 user
 * e-mail; the others are empty. A row has {@value #COLUMNS} fields: the revoke row's last column is 14, and
 * column 15 (the access PIN) belongs to bulk issue rows only.
 */
public final class RevocationTsv {
    public static final int COLUMNS = 14;
    /** RFC 5280 superseded: the reason of a certificate replaced by its renewal. */
    public static final int SUPERSEDED = 4;
    static final String CONTENT_TYPE = "text/tab-separated-values; charset=Shift_JIS";
    private static final Charset CP932 = Charset.forName("windows-31j");

    /** One revoke row. {@code comment} may be empty except with reason 0 (SPEC 1.2). */
    public record Row(String dn, BigInteger serial, int reasonCode, String comment, String adminEmail,
                      String userEmail) {
        public Row {
            DnLines.split(dn);
            if (serial == null || serial.signum() <= 0) {
                throw new IllegalArgumentException("a revoke row needs a positive serial");
            }
            RevocationReasons.require(reasonCode);
            if (reasonCode == 0 && (comment == null || comment.isBlank())) {
                throw new IllegalArgumentException("reason 0 (unspecified) needs a comment (SPEC 1.2, column 6)");
            }
            comment = comment == null ? "" : comment;
            if (comment.matches(".*[\\t\\r\\n].*")) {
                throw new IllegalArgumentException("a TSV comment cannot contain tabs or line breaks");
            }
            Mail.requireAddress(adminEmail, "admin e-mail");
            Mail.requireAddress(userEmail, "user e-mail");
        }

        String line() {
            String[] columns = new String[COLUMNS];
            Arrays.fill(columns, "");
            columns[0] = dn;
            columns[3] = serial.toString();
            columns[4] = Integer.toString(reasonCode);
            columns[5] = comment;
            columns[9] = adminEmail;
            columns[13] = userEmail;
            return String.join("\t", columns) + "\r\n";
        }
    }

    private RevocationTsv() {
    }

    /** The rows as Shift_JIS (CP932) bytes; a character CP932 lacks is refused, never replaced. */
    public static byte[] encode(List<Row> rows) {
        StringBuilder text = new StringBuilder();
        rows.forEach(row -> text.append(row.line()));
        try {
            ByteBuffer bytes = CP932.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                    .onMalformedInput(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            return Arrays.copyOf(bytes.array(), bytes.limit());
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the revocation TSV has a character that Shift_JIS (CP932) lacks", e);
        }
    }

    /** The TSV of one row as an attachment named {@code revoke_<serial>.tsv}. */
    public static Attachment attachment(Row row) {
        return new Attachment(fileName(row.serial()), CONTENT_TYPE, encode(List.of(row)));
    }

    static String fileName(BigInteger serial) {
        return "revoke_" + serial + ".tsv";
    }
}

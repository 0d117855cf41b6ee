package dev.upkisim.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevocationTsvTest {
    private static final String DN = NoticeTemplatesTest.DN;

    private static RevocationTsv.Row makeRow(int reason, String comment) {
        return new RevocationTsv.Row(DN, BigInteger.valueOf(1234), reason, comment, "admin@example.ac.jp",
                "user@example.ac.jp");
    }

    @Test
    void aRevokeRowPutsItsValuesInTheColumnsOfSpec12AndLeavesTheOthersEmpty() {
        String tsv = new String(RevocationTsv.encode(List.of(makeRow(1, "鍵を紛失したため"), makeRow(4, ""))),
                Charset.forName("windows-31j"));

        String[] lines = tsv.split("\r\n", -1);
        assertEquals(3, lines.length, "two rows, each ending in CRLF");
        assertEquals(DN + "\t\t\t1234\t1\t鍵を紛失したため\t\t\t\tadmin@example.ac.jp\t\t\t\tuser@example.ac.jp", lines[0]);
        assertEquals(RevocationTsv.COLUMNS, lines[1].split("\t", -1).length);
    }

    @Test
    void theTsvIsShiftJisBytes() {
        byte[] bytes = RevocationTsv.encode(List.of(makeRow(0, "退職")));

        assertTrue(new String(bytes, Charset.forName("Shift_JIS")).contains("\t退職\t"));
    }

    @Test
    void reasonZeroNeedsACommentAsTheNiiFaceRequires() {
        var error = assertThrows(IllegalArgumentException.class, () -> makeRow(0, " "));

        assertTrue(error.getMessage().contains("reason 0"), error.getMessage());
    }

    @Test
    void aCommentThatWouldBreakTheRowOrThatShiftJisLacksIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> makeRow(1, "a\tb"));
        assertThrows(IllegalArgumentException.class, () -> RevocationTsv.encode(List.of(makeRow(1, "😀"))));
    }

    @Test
    void theAttachmentIsNamedAfterTheSerial() {
        Attachment attachment = RevocationTsv.attachment(makeRow(4, ""));

        assertEquals("revoke_1234.tsv", attachment.fileName());
        assertEquals("text/tab-separated-values; charset=Shift_JIS", attachment.contentType());
    }
}

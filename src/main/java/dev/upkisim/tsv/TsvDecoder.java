package dev.upkisim.tsv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Bytes of an uploaded TSV file → numbered lines of decoded columns, following the NII rules common to all TSV
 * files (client_tsv page, 「TSVファイル共通の事項」): tab separated, CRLF or LF, one application per line, the final
 * line break optional, Shift_JIS, no quoting.
 *
 * <ul>
 *   <li>Encoding: Shift_JIS, read as its Microsoft superset CP932 ({@code windows-31j}), since the files are
 *       written on Windows and CP932-only characters such as ① or the IBM extensions are common. Decoding is
 *       strict: bytes that are not CP932 make the column undecodable (a row error, reported by the row check),
 *       never a replacement character that would slip into a certificate. Splitting the raw bytes at TAB and LF
 *       is safe because no Shift_JIS double-byte character has a byte below 0x40.</li>
 *   <li>Line breaks: LF, optionally preceded by CR. Only the one break at the very end may be left out or
 *       present; every other line is an application, so a blank line is a row with the wrong column count —
 *       a careful reading of 「一行が1つの申請に対応する」 that makes a stray blank line visible instead of silently
 *       shifting the row numbers in the error messages.</li>
 *   <li>File-level refusals, with nothing processed: no bytes or only blank lines (213); a NUL byte, which no
 *       text file has (211, binary data); more lines than the maximum (214).</li>
 * </ul>
 */
public final class TsvDecoder {
    /** The real limit behind error 214 could not be found in NII's documents; 1000 is our default. */
    public static final int DEFAULT_MAX_ROWS = 1000;
    private static final Charset CP932 = Charset.forName("windows-31j");

    private final int maxRows;

    public TsvDecoder(int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1, was " + maxRows);
        }
        this.maxRows = maxRows;
    }

    public TsvDecoder() {
        this(DEFAULT_MAX_ROWS);
    }

    public int maxRows() {
        return maxRows;
    }

    public DecodedFile decode(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return DecodedFile.refused(TsvErrors.notText());
            }
        }
        List<byte[]> lines = splitLines(content);
        if (lines.stream().allMatch(line -> line.length == 0)) {
            return DecodedFile.refused(TsvErrors.noInput());
        }
        if (lines.size() > maxRows) {
            return DecodedFile.refused(TsvErrors.tooManyRecords());
        }
        List<TsvLine> decoded = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            decoded.add(decodeLine(i + 1, lines.get(i)));
        }
        return DecodedFile.of(decoded);
    }

    /** Splits at LF, drops a CR before it, and drops the empty remainder after a final line break. */
    private static List<byte[]> splitLines(byte[] content) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                if (i == content.length && start == content.length) {
                    break;
                }
                int end = i > start && content[i - 1] == '\r' && i < content.length ? i - 1 : i;
                byte[] line = new byte[end - start];
                System.arraycopy(content, start, line, 0, line.length);
                lines.add(line);
                start = i + 1;
            }
        }
        return lines;
    }

    private static TsvLine decodeLine(int row, byte[] line) {
        List<String> fields = new ArrayList<>();
        Set<Integer> undecodable = new HashSet<>();
        int start = 0;
        for (int i = 0; i <= line.length; i++) {
            if (i == line.length || line[i] == '\t') {
                ByteBuffer bytes = ByteBuffer.wrap(line, start, i - start);
                try {
                    fields.add(strict().decode(bytes).toString());
                } catch (CharacterCodingException e) {
                    undecodable.add(fields.size() + 1);
                    fields.add(CP932.decode(ByteBuffer.wrap(line, start, i - start)).toString());
                }
                start = i + 1;
            }
        }
        return new TsvLine(row, fields, undecodable);
    }

    private static CharsetDecoder strict() {
        return CP932.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** For tests and tools: text → CP932 bytes, failing on a character CP932 cannot hold. */
    public static byte[] encode(String text) {
        try {
            CharBuffer chars = CharBuffer.wrap(text);
            ByteBuffer bytes = CP932.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                    .onMalformedInput(CodingErrorAction.REPORT).encode(chars);
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not representable in CP932: " + text, e);
        }
    }
}

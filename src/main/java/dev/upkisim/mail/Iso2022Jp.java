package dev.upkisim.mail;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Map;

/**
 * Text as the real service's mails carry it (SPEC 1.4): ISO-2022-JP of RFC 1468, i.e. ASCII plus JIS X 0208
 * only, every run of kanji ending in ASCII before a line break and at the end.
 *
 * <p>The JDK's {@code ISO-2022-JP} charset does the escapes; this class decides what may reach it:
 * <ul>
 *   <li><b>Folded:</b> the seven characters where CP932 (the Windows reading of Shift_JIS, SPEC 1.2) and the JIS
 *       mapping differ for the <em>same</em> JIS X 0208 code — e.g. CP932's U+FF5E FULLWIDTH TILDE is JIS 0x2141,
 *       which the JDK knows only as U+301C WAVE DASH — become the JIS reading, so a name read from a CP932 TSV still
 *       encodes. Half-width katakana and ¥/‾ (JIS X 0201, not allowed by RFC 1468) become their full-width forms.</li>
 *   <li><b>Unmappable:</b> anything else outside ASCII + JIS X 0208 — the CP932 extensions such as ① ㈱ 髙 﨑, or
 *       emoji — is refused with {@link UnencodableTextException} naming the character ({@link Unmappable#REJECT},
 *       the default), or replaced by 〓 (U+3013 GETA MARK, the traditional stand-in in Japanese text) when the caller
 *       chooses {@link Unmappable#REPLACE}. Never a silent '?'.</li>
 *   <li>Control characters other than TAB, CR and LF are refused: ESC would corrupt the encoding.</li>
 * </ul>
 */
public final class Iso2022Jp {
    /** What to do with a character that ISO-2022-JP cannot carry. */
    public enum Unmappable { REJECT, REPLACE }

    public static final Charset CHARSET = Charset.forName("ISO-2022-JP");
    /** The MIME charset label the real mails use (SPEC 1.4). */
    public static final String MIME_NAME = "iso-2022-jp";
    public static final char GETA = '\u3013';

    private static final Map<Character, Character> CP932_TO_JIS = Map.of(
            '\uFF5E', '\u301C', // ～ FULLWIDTH TILDE -> 〜 WAVE DASH (JIS 0x2141)
            '\u2225', '\u2016', // ∥ PARALLEL TO -> ‖ DOUBLE VERTICAL LINE (0x2142)
            '\uFF0D', '\u2212', // － FULLWIDTH HYPHEN-MINUS -> − MINUS SIGN (0x215D)
            '\uFFE0', '\u00A2', // ￠ -> ¢ (0x2171)
            '\uFFE1', '\u00A3', // ￡ -> £ (0x2172)
            '\uFFE2', '\u00AC', // ￢ -> ¬ (0x224C)
            '\u2015', '\u2014'); // ― HORIZONTAL BAR -> — EM DASH (0x213D)
    private static final byte[] TO_JIS_X_0208 = {0x1B, '$', 'B'};

    private Iso2022Jp() {
    }

    /** The text with CP932 look-alikes, half-width katakana, ¥ and ‾ turned into their JIS X 0208 forms. */
    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (CP932_TO_JIS.containsKey(c)) {
                out.append(CP932_TO_JIS.get(c));
            } else if (c == '\u00A5') {
                out.append('\uFFE5');
            } else if (c == '\u203E') {
                out.append('\uFFE3');
            } else if (c == '\uFF9E' || c == '\uFF9F') {
                out.append(c == '\uFF9E' ? '\u309B' : '\u309C'); // a lone ﾞ ﾟ -> ゛ ゜
            } else if (c >= '\uFF61' && c <= '\uFF9D') {
                // a voiced mark (ﾞ ﾟ) composes with the katakana before it: ｶﾞ -> ガ
                int end = i + 1 < text.length() && (text.charAt(i + 1) == '\uFF9E' || text.charAt(i + 1) == '\uFF9F')
                        ? i + 2 : i + 1;
                out.append(Normalizer.normalize(text.substring(i, end), Normalizer.Form.NFKC));
                i = end - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The folded text, checked (or repaired) character by character.
     *
     * @param where what the text is, for the error message ("subject", "body", …)
     */
    public static String check(String text, Unmappable policy, String where) {
        String folded = fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\r' || cp == '\n' || (cp >= 0x20 && cp < 0x7F) || isJisX0208(cp)) {
                out.appendCodePoint(cp);
            } else if (policy == Unmappable.REPLACE && cp >= 0x80) {
                out.append(GETA);
            } else {
                throw new UnencodableTextException(where, cp);
            }
        });
        return out.toString();
    }

    /** ISO-2022-JP bytes of already {@link #check checked} text; ends in ASCII. */
    public static byte[] encode(String checkedText) {
        try {
            CharsetEncoder encoder = CHARSET.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = encoder.encode(CharBuffer.wrap(checkedText));
            return Arrays.copyOf(bytes.array(), bytes.limit());
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("text was not checked before encoding", e);
        }
    }

    private static boolean isJisX0208(int codePoint) {
        if (codePoint < 0x80 || Character.isSupplementaryCodePoint(codePoint)) {
            return false;
        }
        String one = String.valueOf((char) codePoint);
        if (!CHARSET.newEncoder().canEncode(one)) {
            return false;
        }
        byte[] bytes = one.getBytes(CHARSET);
        return bytes.length == 8 && Arrays.equals(Arrays.copyOf(bytes, 3), TO_JIS_X_0208);
    }
}

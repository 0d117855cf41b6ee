package dev.upkisim.web.nii;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

/**
 * The NII face's pages are served in EUC-JP (SPEC 1.2, real). A character EUC-JP cannot hold (a CP932
 * extension such as ①, say) is written as an HTML numeric character reference, so it still shows correctly.
 */
final class EucJp {
    static final Charset CHARSET = Charset.forName("EUC-JP");
    static final String CONTENT_TYPE = "text/html; charset=EUC-JP";

    private EucJp() {
    }

    static byte[] encode(String html) {
        CharsetEncoder encoder = CHARSET.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder safe = new StringBuilder(html.length());
        html.codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            if (codePoint < 0x80 || encoder.canEncode(character)) {
                safe.append(character);
            } else {
                safe.append("&#").append(codePoint).append(';');
            }
        });
        try {
            ByteBuffer bytes = encoder.reset().encode(CharBuffer.wrap(safe));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("EUC-JP encoding failed after escaping", e);
        }
    }
}

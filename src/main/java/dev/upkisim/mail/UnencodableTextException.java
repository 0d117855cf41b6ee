package dev.upkisim.mail;

import java.util.Locale;

/**
 * A character that ISO-2022-JP (ASCII + JIS X 0208, RFC 1468) cannot carry, e.g. a CP932 extension such as
 * ① or 髙. Says which character and where, so that the caller can fix the input or choose
 * {@link Iso2022Jp.Unmappable#REPLACE}.
 */
public final class UnencodableTextException extends IllegalArgumentException {
    private final String where;
    private final int codePoint;

    public UnencodableTextException(String where, int codePoint) {
        super(where + ": character '" + describe(codePoint) + "' (U+" + String.format(Locale.ROOT, "%04X", codePoint)
                + ") cannot be sent in ISO-2022-JP (ASCII and JIS X 0208 only, SPEC 1.4); "
                + "replace it, or encode with Unmappable.REPLACE to send \u3013 instead");
        this.where = where;
        this.codePoint = codePoint;
    }

    public String where() {
        return where;
    }

    public int codePoint() {
        return codePoint;
    }

    private static String describe(int codePoint) {
        return Character.isISOControl(codePoint) ? "\\u" + String.format(Locale.ROOT, "%04x", codePoint)
                : new String(Character.toChars(codePoint));
    }
}

package dev.upkisim.tsv;

import java.util.regex.Pattern;

/**
 * The character rules of the TSV columns, as pure predicates.
 *
 * <ul>
 *   <li>E-mail addresses: half-width; the only symbols allowed are 「-」「_」「@」「.」 (NII server TSV format page,
 *       加入者E-mail: 「使える記号はハイフン「-」、アンダースコア「_」、アットマーク「@」、ピリオド「.」のみ」); one {@code @},
 *       a domain of at least two labels. So {@code +} sub-addresses are refused, as the real page says.</li>
 *   <li>Names, affiliations, the revocation comment: 全角・半角 — any character Shift_JIS/CP932 can hold, but not
 *       control characters and not private-use characters (CP932's user-defined 外字 area F040–F9FC decodes to
 *       those; they cannot be shown to anyone else). NII's 「全角文字使用可能文字の範囲」 (manual V.1.5) was not
 *       readable here; CP932-only characters such as ① and half-width katakana are accepted.</li>
 *   <li>P12 file name: half-width letters, digits, 「-」「_」「.」 (our choice: it becomes a file name in a ZIP).</li>
 *   <li>Access PIN: half-width visible characters (our choice; RA tools use URL-safe Base64).</li>
 * </ul>
 */
final class FieldRules {
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._-]+@[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern PIN = Pattern.compile("[\\x21-\\x7E]+");

    private FieldRules() {
    }

    static boolean digits(String text) {
        return DIGITS.matcher(text).matches();
    }

    static boolean email(String text) {
        return EMAIL.matcher(text).matches() && !text.contains("..") && !text.startsWith(".") && !text.contains(".@");
    }

    static boolean fileName(String text) {
        return FILE_NAME.matcher(text).matches();
    }

    static boolean pin(String text) {
        return PIN.matcher(text).matches();
    }

    /** 全角・半角 text: no control characters, no private-use (外字) characters. */
    static boolean text(String text) {
        return text.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.PRIVATE_USE);
    }
}

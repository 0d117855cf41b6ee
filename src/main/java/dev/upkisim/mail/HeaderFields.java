package dev.upkisim.mail;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Header fields of RFC 5322 with non-ASCII text as RFC 2047 encoded-words in ISO-2022-JP, B encoding — the form
 * of the real service's Subject and From (SPEC 1.4: {@code =?ISO-2022-JP?B?…?=}).
 *
 * <p>Each encoded-word is a complete ISO-2022-JP string (it starts and ends in ASCII, RFC 1468) of at most
 * {@value #MAX_WORD} characters, and words are folded onto continuation lines, so Subject lines stay within the
 * 78 characters of RFC 5322 2.1.1 and words within the 75 of RFC 2047 2. Spaces go inside the words: a decoder drops
 * the white space between adjacent encoded-words (RFC 2047 6.2).
 */
final class HeaderFields {
    static final String CRLF = "\r\n";
    static final int MAX_WORD = 66;
    private static final int MAX_LINE = 78;
    private static final String WORD_START = "=?ISO-2022-JP?B?";
    private static final String WORD_END = "?=";

    private HeaderFields() {
    }

    /** {@code Name: value} with CRLF; the value encoded when it is not plain printable ASCII. */
    static String unstructured(String name, String checkedValue) {
        if (isPlainAscii(checkedValue)) {
            return name + ": " + foldAscii(name.length() + 2, checkedValue) + CRLF;
        }
        return name + ": " + String.join(CRLF + " ", encodedWords(checkedValue)) + CRLF;
    }

    /** {@code From: display name <address>} with CRLF; a display name of one encoded-word stays on one line. */
    static String mailbox(String name, String checkedDisplayName, String address) {
        if (checkedDisplayName.isEmpty()) {
            return name + ": " + address + CRLF;
        }
        String phrase = isPlainAscii(checkedDisplayName)
                ? '"' + checkedDisplayName.replace("\\", "\\\\").replace("\"", "\\\"") + '"'
                : String.join(CRLF + " ", encodedWords(checkedDisplayName));
        // a one-word name keeps the address on its line, where simple line-based readers look for it (RFC 5322
        // allows 998 characters, 78 is a SHOULD); a longer, folded name gets the address on a line of its own
        String separator = phrase.contains(CRLF) ? CRLF + " " : " ";
        return name + ": " + phrase + separator + "<" + address + ">" + CRLF;
    }

    /** {@code To: a, b} with CRLF, folded between addresses. */
    static String addressList(String name, List<String> addresses) {
        StringBuilder field = new StringBuilder(name).append(':');
        int lineLength = field.length();
        for (int i = 0; i < addresses.size(); i++) {
            String item = addresses.get(i) + (i + 1 < addresses.size() ? "," : "");
            if (i > 0 && lineLength + 1 + item.length() > MAX_LINE) {
                field.append(CRLF);
                lineLength = 0;
            }
            field.append(' ').append(item);
            lineLength += 1 + item.length();
        }
        return field.append(CRLF).toString();
    }

    /** The text as encoded-words, each at most {@value #MAX_WORD} characters, never splitting a character. */
    static List<String> encodedWords(String checkedText) {
        List<String> words = new ArrayList<>();
        int start = 0;
        int end = 0;
        String word = null;
        while (end < checkedText.length()) {
            int next = checkedText.offsetByCodePoints(end, 1);
            String candidate = word(checkedText.substring(start, next));
            if (candidate.length() > MAX_WORD && word != null) {
                words.add(word);
                start = end;
                word = null;
                continue;
            }
            word = candidate;
            end = next;
        }
        if (word != null) {
            words.add(word);
        }
        return words;
    }

    static boolean isPlainAscii(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c < 0x7F) && !text.contains("=?");
    }

    private static String word(String text) {
        return WORD_START + Base64.getEncoder().encodeToString(Iso2022Jp.encode(text)) + WORD_END;
    }

    private static String foldAscii(int used, String value) {
        if (used + value.length() <= MAX_LINE) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        int lineLength = used;
        String[] tokens = value.split(" ", -1);
        for (int i = 0; i < tokens.length; i++) {
            if (i > 0) {
                if (!tokens[i].isEmpty() && lineLength + 1 + tokens[i].length() > MAX_LINE) {
                    out.append(CRLF); // the space below starts the continuation line
                    lineLength = 0;
                }
                out.append(' ');
                lineLength++;
            }
            out.append(tokens[i]);
            lineLength += tokens[i].length();
        }
        return out.toString();
    }
}

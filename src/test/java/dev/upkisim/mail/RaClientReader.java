package dev.upkisim.mail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a notice the way a real RA client does (a Ruby script on the mail gem): it dispatches on the subject
 * before {@code " /"}, takes the first {@code https://host/[-=%./?\w]+} of the text as the URL, matches
 * {@code /^【…DN】\n　-{45}\n(.*)\n　-{45}$/m} greedily (Ruby's /m is Java's DOTALL; '^' and '$' are line anchors in
 * Ruby, MULTILINE here), deletes the full-width spaces, splits on line breaks and joins with ',', and reads a serial
 * with {@code /^【…】\n　(\d+)$/m}. For revocations it first cuts the text before the contact line.
 */
final class RaClientReader {
    private static final Pattern URL = Pattern.compile("https?://[A-Za-z0-9.:-]+/[-=%./?\\w]+");

    private RaClientReader() {
    }

    static String subjectKey(String subject) {
        return subject.split(" /")[0];
    }

    static String firstUrl(String text) {
        Matcher matcher = URL.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no URL in\n" + text);
        }
        return matcher.group();
    }

    static String dn(String text, String heading) {
        Matcher matcher = Pattern.compile("^【" + heading + "】\n　-{45}\n(.*)\n　-{45}$",
                Pattern.MULTILINE | Pattern.DOTALL).matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no 【" + heading + "】 block in\n" + text);
        }
        return String.join(",", matcher.group(1).replace("　", "").split("\n"));
    }

    static String number(String text, String heading) {
        Matcher matcher = Pattern.compile("^【" + heading + "】\n　(\\d+)$", Pattern.MULTILINE | Pattern.DOTALL)
                .matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no 【" + heading + "】 number in\n" + text);
        }
        return matcher.group(1);
    }

    /** Ruby's {@code text.match(/このメールに心当たりが…/).pre_match}. */
    static String japanesePart(String text) {
        int at = text.indexOf(NoticeTemplates.CONTACT_LINE);
        if (at < 0) {
            throw new AssertionError("no contact line in\n" + text);
        }
        return text.substring(0, at);
    }
}

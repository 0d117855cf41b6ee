package dev.upkisim.mail;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The headed blocks of the notices, exactly as real RA clients match them with regular expressions (SPEC 1.4):
 *
 * <pre>
 * 【対象証明書DN】
 * 　---------------------------------------------     (U+3000 and 45 '-')
 * 　CN=…                                              (one RDN a line, each after U+3000, CN first … C last)
 * 　C=JP
 * 　---------------------------------------------
 *
 * 【対象証明書シリアル番号】
 * 　4097000000000000000                               (U+3000 and the decimal serial)
 * </pre>
 *
 * A client takes the DN greedily up to the <em>last</em> delimiter line of the (Japanese) text, so that line
 * appears nowhere else: the English parts of bilingual mails indent with an ASCII space instead.
 */
final class NoticeBlocks {
    static final String INDENT = "\u3000";
    static final String DELIMITER = INDENT + "-".repeat(45);
    static final String EN_INDENT = " ";
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm (xxx)", Locale.ROOT);

    private NoticeBlocks() {
    }

    /** {@code 【heading】}, the delimiter, one RDN a line, the delimiter. */
    static String dn(String heading, String dn) {
        return dn(ja(heading), INDENT, dn);
    }

    /** The English form: {@code [heading]}, lines indented by an ASCII space. */
    static String dnEn(String heading, String dn) {
        return dn("[" + heading + "]", EN_INDENT, dn);
    }

    /** {@code 【heading】} and the value on the next line after U+3000. */
    static String value(String heading, Object value) {
        return ja(heading) + "\n" + INDENT + value + "\n";
    }

    static String valueEn(String heading, Object value) {
        return "[" + heading + "]\n" + EN_INDENT + value + "\n";
    }

    /** {@code 【heading】} and the URL alone on the next line, so that it is found and clicked whole. */
    static String url(String heading, String url) {
        return ja(heading) + "\n" + url + "\n";
    }

    static String urlEn(String heading, String url) {
        return "[" + heading + "]\n" + url + "\n";
    }

    static String expiry(ZonedDateTime expires) {
        return EXPIRY.format(expires);
    }

    private static String ja(String heading) {
        return "【" + heading + "】";
    }

    private static String dn(String heading, String indent, String dn) {
        String delimiter = indent + "-".repeat(45);
        StringBuilder block = new StringBuilder(heading).append('\n').append(delimiter).append('\n');
        DnLines.split(dn).forEach(rdn -> block.append(indent).append(rdn).append('\n'));
        return block.append(delimiter).append('\n').toString();
    }
}

package dev.upkisim.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a subject DN, exactly as the RA wrote it in TSV column 1, into its RDNs for the one-RDN-per-line blocks
 * of the notices (SPEC 1.4: "CN first … C last, in the order of the TSV's DN").
 *
 * <p>The pieces are the TSV text between unescaped commas, verbatim: nothing is trimmed, re-ordered or
 * re-escaped, so a client that joins the lines with ',' (as real RA clients do: delete the full-width spaces,
 * split on line breaks, join with ',') gets the TSV's DN back exactly. A backslash escapes the next character
 * ({@code \,} and the hex form {@code \2C} of RFC 4514 2.4); a double-quoted value (RFC 1779) may contain commas;
 * '+' (multi-valued RDN) and ';' do not split.
 */
public final class DnLines {
    private DnLines() {
    }

    /** The RDNs of {@code dn}, in its order. */
    public static List<String> split(String dn) {
        if (dn == null || dn.isEmpty()) {
            throw new IllegalArgumentException("the DN is empty");
        }
        for (char forbidden : new char[] {'\r', '\n', '\t', '\u3000'}) {
            if (dn.indexOf(forbidden) >= 0) {
                throw new IllegalArgumentException("the DN '" + dn + "' contains " + name(forbidden)
                        + ", which the one-RDN-per-line blocks of the notices cannot carry back unchanged");
            }
        }
        List<String> rdns = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < dn.length(); i++) {
            char c = dn.charAt(i);
            if (c == '\\') {
                if (i + 1 == dn.length()) {
                    throw new IllegalArgumentException("the DN '" + dn + "' ends in a lone backslash");
                }
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                rdns.add(rdn(dn, start, i));
                start = i + 1;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("the DN '" + dn + "' has an unclosed double quote");
        }
        rdns.add(rdn(dn, start, dn.length()));
        return List.copyOf(rdns);
    }

    private static String rdn(String dn, int start, int end) {
        String rdn = dn.substring(start, end);
        if (rdn.isBlank() || rdn.indexOf('=') <= 0) {
            throw new IllegalArgumentException("the DN '" + dn + "' has an RDN '" + rdn + "' that is not type=value");
        }
        return rdn;
    }

    private static String name(char c) {
        return switch (c) {
            case '\r' -> "a carriage return";
            case '\n' -> "a line feed";
            case '\t' -> "a tab";
            default -> "a full-width space (U+3000)";
        };
    }
}

package dev.upkisim.ca;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A DNS name as a server certificate carries it in subjectAltName dNSName (RFC 5280 4.2.1.6), with the rules a
 * publicly trusted CA applies (CA/Browser Forum Baseline Requirements 7.1.2.7.12 / 7.1.4.2): the "preferred name
 * syntax" of RFC 1034 3.5 as amended by RFC 1123 2.1 — labels of ASCII letters, digits and hyphens, 1–63
 * characters, not starting or ending with a hyphen, at most 253 characters in all, at least two labels, no
 * trailing dot, no underscore (BR forbids it since 2019). A-labels ({@code xn--…}) pass as LDH labels.
 *
 * <p>Also refused: a last label of digits only, which makes the text an IPv4 address (UPKI FAQ Q4: 「IPアドレスでは
 * 証明書の発行を行いません」), and wildcards — our choice: none of NII's pages we read offers wildcard server
 * certificates, and its certificates are per FQDN (FAQ Q4 on virtual hosts). Names compare case-insensitively
 * and are kept in lower case.
 */
public final class DnsName {
    public static final int MAX_LENGTH = 253;
    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
    private static final Pattern NAME = Pattern.compile(LABEL + "(?:\\." + LABEL + ")+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private DnsName() {
    }

    /** Lower case, as certificates carry it; {@code null} stays {@code null}. */
    public static String normalize(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

    /** True for a syntactically valid, non-wildcard, non-IP FQDN (see the class comment). */
    public static boolean isValid(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_LENGTH) {
            return false;
        }
        String lower = normalize(name);
        if (!NAME.matcher(lower).matches()) {
            return false;
        }
        return !DIGITS.matcher(lower.substring(lower.lastIndexOf('.') + 1)).matches();
    }

    /** True when the name asks for a wildcard ({@code *.example.ac.jp} or any '*'). */
    public static boolean isWildcard(String name) {
        return name != null && name.contains("*");
    }

    /**
     * True when the name is one of the domains or ends in "." + one of them: a suffix on a label boundary, so
     * {@code www.example.ac.jp} is within {@code example.ac.jp} and {@code badexample.ac.jp} is not
     * (UPKI: only FQDNs that end in a domain the institution registered — 「対象ドメイン」で終わるFQDNのみ).
     */
    public static boolean isWithin(String name, List<String> domains) {
        String lower = normalize(name);
        return domains.stream().map(DnsName::normalize).map(domain -> domain.endsWith(".")
                        ? domain.substring(0, domain.length() - 1) : domain)
                .anyMatch(domain -> lower.equals(domain) || lower.endsWith("." + domain));
    }
}

package dev.upkisim.ca;

import java.util.regex.Pattern;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/**
 * An e-mail address as a certificate carries it: subjectAltName rfc822Name, an IA5String holding an RFC 5321
 * Mailbox (RFC 5280 4.2.1.6).
 *
 * <p>Accepted: ASCII dot-atom local part, {@code @}, a domain of at least two letter-digit-hyphen labels
 * ({@code taro.yamada@example.ac.jp}). Refused: quoted local parts, address literals and non-ASCII
 * addresses (those would need RFC 8398's SmtpUTF8Mailbox), which UPKI's TSV never carries.
 */
public final class MailboxAddress {
    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern MAILBOX = Pattern.compile(ATOM + "(?:\\." + ATOM + ")*@" + LABEL + "(?:\\." + LABEL + ")+");
    /** RFC 5321 4.5.3.1.3: a path is at most 256 octets including the angle brackets. */
    static final int MAX_LENGTH = 254;

    private MailboxAddress() {
    }

    public static boolean isValid(String address) {
        return address != null && address.length() <= MAX_LENGTH && MAILBOX.matcher(address).matches();
    }

    /** @throws IllegalArgumentException saying why, when the address is not one {@link #isValid} accepts */
    public static String require(String address) {
        if (!isValid(address)) {
            throw new IllegalArgumentException("'" + address + "' is not an e-mail address a certificate can carry"
                    + " (RFC 5280 4.2.1.6 rfc822Name: ASCII local@domain, at most " + MAX_LENGTH + " characters)");
        }
        return address;
    }

    /** The subjectAltName value holding just this address. */
    static GeneralNames subjectAltName(String address) {
        return new GeneralNames(new GeneralName(GeneralName.rfc822Name, require(address)));
    }
}

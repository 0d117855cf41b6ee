package dev.upkisim.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One mail before encoding: sender, recipients, subject, plain-text body and attachments. Text is plain Java
 * text; {@link MailEncoder} turns it into ISO-2022-JP with CRLF line ends.
 *
 * @param fromDisplayName the sender's name, e.g. {@code CAサポートセンター}; empty for a bare address
 * @param to              at least one address
 * @param cc              more addresses, possibly none
 * @param body            line ends may be LF or CRLF
 */
public record Mail(String fromDisplayName, String fromAddress, List<String> to, List<String> cc, String subject,
                   String body, List<Attachment> attachments) {
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+");

    public Mail {
        Objects.requireNonNull(fromDisplayName, "fromDisplayName");
        requireAddress(fromAddress, "fromAddress");
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("a mail needs at least one To address");
        }
        to.forEach(address -> requireAddress(address, "to"));
        cc.forEach(address -> requireAddress(address, "cc"));
        requireOneLine(fromDisplayName, "fromDisplayName");
        requireOneLine(Objects.requireNonNull(subject, "subject"), "subject");
        Objects.requireNonNull(body, "body");
        attachments = List.copyOf(attachments);
    }

    /** A mail without Cc and without attachments. */
    public static Mail of(String fromDisplayName, String fromAddress, List<String> to, String subject, String body) {
        return new Mail(fromDisplayName, fromAddress, to, List.of(), subject, body, List.of());
    }

    /** This mail with one more attachment. */
    public Mail withAttachment(Attachment attachment) {
        List<Attachment> all = new ArrayList<>(attachments);
        all.add(attachment);
        return new Mail(fromDisplayName, fromAddress, to, cc, subject, body, all);
    }

    /** To and Cc: the envelope recipients (RCPT TO) of an SMTP delivery. */
    public List<String> recipients() {
        List<String> all = new ArrayList<>(to);
        all.addAll(cc);
        return List.copyOf(all);
    }

    static void requireAddress(String address, String what) {
        if (address == null || !ADDRESS.matcher(address).matches() || address.startsWith(".") || address.contains("..")) {
            throw new IllegalArgumentException(what + ": '" + address + "' is not a plain e-mail address (local@domain)");
        }
    }

    private static void requireOneLine(String text, String what) {
        if (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
            throw new IllegalArgumentException(what + " must be one line (no CR or LF)");
        }
    }
}

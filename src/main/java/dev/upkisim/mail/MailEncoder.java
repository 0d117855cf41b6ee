package dev.upkisim.mail;

import static dev.upkisim.mail.MimeParts.CRLF;
import static dev.upkisim.mail.MimeParts.ascii;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a {@link Mail} into the raw bytes of an RFC 5322 message the way the real service's notices look
 * (SPEC 1.4): Subject and the From display name as ISO-2022-JP encoded-words ({@code =?ISO-2022-JP?B?…?=}), the
 * body {@code text/plain; charset=iso-2022-jp} in 7bit, CRLF line ends; with attachments a
 * {@code multipart/mixed} whose first part is the text. {@link #encodeSigned} wraps the same content in S/MIME.
 *
 * <p>Characters that ISO-2022-JP cannot carry are handled as {@link Iso2022Jp} says: refused by default,
 * replaced by 〓 when built with {@link Iso2022Jp.Unmappable#REPLACE}. Output is deterministic: the same mail,
 * date and Message-ID always give the same bytes.
 */
public final class MailEncoder {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss xx", Locale.ROOT);
    private static final Pattern MESSAGE_ID = Pattern.compile("<?([!-;=?-~&&[^<>@]]+@[!-;=?-~&&[^<>@]]+)>?");
    /** RFC 5322 2.1.1: a line is at most 998 octets without its CRLF. */
    static final int MAX_LINE_OCTETS = 998;

    private final Iso2022Jp.Unmappable unmappable;

    /** An encoder that refuses characters outside ASCII + JIS X 0208. */
    public MailEncoder() {
        this(Iso2022Jp.Unmappable.REJECT);
    }

    public MailEncoder(Iso2022Jp.Unmappable unmappable) {
        this.unmappable = unmappable;
    }

    /** The whole message, unsigned. */
    public byte[] encode(Mail mail, ZonedDateTime date, String messageId) {
        return MimeParts.concat(ascii(headers(mail, date, messageId)), contentEntity(mail));
    }

    /** The whole message as {@code multipart/signed}: the content of {@link #encode} signed by {@code signer}. */
    public byte[] encodeSigned(Mail mail, ZonedDateTime date, String messageId, SmimeSigner signer) {
        return MimeParts.concat(ascii(headers(mail, date, messageId)), signer.sign(contentEntity(mail), date.toInstant()));
    }

    /**
     * The MIME entity under the message headers: the text part alone, or {@code multipart/mixed} with the text
     * first and the attachments after it. Its own Content-Type and Content-Transfer-Encoding, a blank line, the
     * body; it ends in CRLF. These are the bytes an S/MIME signature covers.
     */
    public byte[] contentEntity(Mail mail) {
        byte[] text = textEntity(mail.body());
        if (mail.attachments().isEmpty()) {
            return text;
        }
        List<byte[]> parts = new ArrayList<>(List.of(text));
        mail.attachments().forEach(attachment -> parts.add(attachmentEntity(attachment)));
        String boundary = MimeParts.boundary("mixed", parts);
        return MimeParts.concat(ascii("Content-Type: multipart/mixed; boundary=\"" + boundary + "\"" + CRLF + CRLF),
                MimeParts.body(boundary, parts));
    }

    /** The message headers above the content: From, To, Cc, Subject, Date, Message-ID, MIME-Version. */
    String headers(Mail mail, ZonedDateTime date, String messageId) {
        StringBuilder headers = new StringBuilder();
        headers.append(HeaderFields.mailbox("From",
                Iso2022Jp.check(mail.fromDisplayName(), unmappable, "From display name"), mail.fromAddress()));
        headers.append(HeaderFields.addressList("To", mail.to()));
        if (!mail.cc().isEmpty()) {
            headers.append(HeaderFields.addressList("Cc", mail.cc()));
        }
        headers.append(HeaderFields.unstructured("Subject", Iso2022Jp.check(mail.subject(), unmappable, "subject")));
        headers.append("Date: ").append(DATE.format(date)).append(CRLF);
        headers.append("Message-ID: ").append(messageId(messageId)).append(CRLF);
        headers.append("MIME-Version: 1.0").append(CRLF);
        return headers.toString();
    }

    /** {@code <left@right>}, from an id given with or without the angle brackets. */
    public static String messageId(String id) {
        var matcher = MESSAGE_ID.matcher(id == null ? "" : id);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Message-ID '" + id + "' is not of the form <left@right> (RFC 5322 3.6.4)");
        }
        return "<" + matcher.group(1) + ">";
    }

    private byte[] textEntity(String body) {
        String text = Iso2022Jp.check(body, unmappable, "body").replace("\r\n", "\n").replace('\r', '\n');
        if (!text.endsWith("\n")) {
            text += "\n";
        }
        byte[] encoded = Iso2022Jp.encode(text.replace("\n", CRLF));
        requireShortLines(encoded);
        return MimeParts.concat(ascii("Content-Type: text/plain; charset=" + Iso2022Jp.MIME_NAME + CRLF
                + "Content-Transfer-Encoding: 7bit" + CRLF + CRLF), encoded);
    }

    private static byte[] attachmentEntity(Attachment attachment) {
        return ascii("Content-Type: " + attachment.contentType() + "; name=\"" + attachment.fileName() + "\"" + CRLF
                + "Content-Transfer-Encoding: base64" + CRLF
                + "Content-Disposition: attachment; filename=\"" + attachment.fileName() + "\"" + CRLF + CRLF
                + MimeParts.base64Lines(attachment.content()));
    }

    private static void requireShortLines(byte[] crlfText) {
        int line = 1;
        int start = 0;
        for (int i = 0; i < crlfText.length; i++) {
            if (crlfText[i] == '\n') {
                if (i - 1 - start > MAX_LINE_OCTETS) {
                    throw new IllegalArgumentException("body line " + line + " is " + (i - 1 - start)
                            + " octets in ISO-2022-JP; RFC 5322 2.1.1 allows " + MAX_LINE_OCTETS);
                }
                line++;
                start = i + 1;
            }
        }
    }
}

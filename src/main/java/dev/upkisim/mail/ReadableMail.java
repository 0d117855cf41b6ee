package dev.upkisim.mail;

import java.time.Instant;
import java.util.List;

/**
 * A mail as a person reads it in a mail client: the headers decoded from their ISO-2022-JP encoded-words, the
 * text of the body decoded from its charset, and the other parts listed by name, type and size (SPEC 1.4's
 * notification mails, shown in the trainer's dashboard).
 *
 * @param date        the {@code Date} header, or {@code null} when it is missing or unreadable
 * @param signed      whether the mail is S/MIME {@code multipart/signed} (its signature is one of the attachments)
 * @param text        the first {@code text/plain} part that is not an attachment, line ends as {@code \n}; empty if none
 * @param attachments every other leaf part, in the order of the message
 */
public record ReadableMail(String from, List<String> to, List<String> cc, String subject, Instant date, String messageId,
                           boolean signed, String text, List<AttachmentSummary> attachments) {

    public ReadableMail {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        attachments = List.copyOf(attachments);
    }

    /**
     * One non-text part of a mail.
     *
     * @param name        the file name the part carries, or {@code null} if it has none
     * @param contentType the MIME type without parameters, e.g. {@code application/pkcs7-signature}
     * @param size        the decoded content's size in bytes (not the base64 text's)
     */
    public record AttachmentSummary(String name, String contentType, long size) {
    }
}

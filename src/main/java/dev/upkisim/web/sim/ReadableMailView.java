package dev.upkisim.web.sim;

import dev.upkisim.mail.ReadableMail;
import java.time.Instant;
import java.util.List;

/** {@code GET /sim/mail/{id}.json}: one outbox mail as a person reads it, with the link to its raw bytes. */
record ReadableMailView(long id, String from, List<String> to, List<String> cc, String subject, Instant date,
                        String messageId, boolean signed, String text, List<AttachmentView> attachments, String raw) {

    /** One attachment: its file name (or {@code null}), MIME type and decoded size in bytes. */
    record AttachmentView(String name, String contentType, long size) {
    }

    static ReadableMailView of(long id, ReadableMail mail) {
        return new ReadableMailView(id, mail.from(), mail.to(), mail.cc(), mail.subject(), mail.date(), mail.messageId(),
                mail.signed(), mail.text(), mail.attachments().stream()
                .map(part -> new AttachmentView(part.name(), part.contentType(), part.size())).toList(),
                "/sim/mail/" + id + ".eml");
    }
}

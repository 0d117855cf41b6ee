package dev.upkisim.mail;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Reads raw RFC 5322 bytes — the outbox's copy of a notification mail, ISO-2022-JP and S/MIME-signed (SPEC 1.4) —
 * into a {@link ReadableMail}, the way a mail client shows it. Nothing is verified: this is a reader, not a checker.
 */
public final class MailReader {
    private Session session;

    /** The mail session is made by the first {@link #read}: few runs read a mail, and start-up time matters (issue 2). */
    public MailReader() {
    }

    private synchronized Session session() {
        if (session == null) {
            Properties properties = new Properties();
            properties.setProperty("mail.mime.decodefilename", "true"); // RFC 2047 encoded-word file names, as Japanese clients send
            session = Session.getInstance(properties);
        }
        return session;
    }

    /** @throws IllegalArgumentException if the bytes cannot be read as a MIME message */
    public ReadableMail read(byte[] raw) {
        try {
            MimeMessage message = new MimeMessage(session(), new ByteArrayInputStream(raw));
            Body body = new Body();
            body.collect(message);
            Date date = message.getSentDate();
            return new ReadableMail(addresses(message.getFrom()).stream().findFirst().orElse(""),
                    addresses(message.getRecipients(Message.RecipientType.TO)),
                    addresses(message.getRecipients(Message.RecipientType.CC)),
                    message.getSubject() == null ? "" : message.getSubject(),
                    date == null ? null : date.toInstant(), message.getMessageID(),
                    message.isMimeType("multipart/signed"), body.text == null ? "" : body.text, body.attachments);
        } catch (MessagingException | IOException e) {
            throw new IllegalArgumentException("the mail cannot be read as MIME: " + e.getMessage(), e);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        if (addresses == null) {
            return List.of();
        }
        return Arrays.stream(addresses)
                .map(address -> address instanceof InternetAddress internet ? readable(internet) : address.toString())
                .toList();
    }

    /** {@code 名前 <address>} as a mail client shows it (no quotes around the name), or the bare address. */
    private static String readable(InternetAddress address) {
        String name = address.getPersonal();
        return name == null || name.isBlank() ? address.getAddress() : name + " <" + address.getAddress() + ">";
    }

    /** Walks the MIME tree: the first inline text/plain part is the text, every other leaf an attachment. */
    private static final class Body {
        private String text;
        private final List<ReadableMail.AttachmentSummary> attachments = new ArrayList<>();

        void collect(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i));
                }
            } else if (text == null && part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                text = ((String) part.getContent()).replace("\r\n", "\n");
            } else {
                attachments.add(new ReadableMail.AttachmentSummary(fileName(part), baseType(part), size(part)));
            }
        }

        private static String fileName(Part part) throws MessagingException {
            String name = part.getFileName();
            if (name == null) {
                return null;
            }
            try {
                return MimeUtility.decodeText(name);
            } catch (UnsupportedEncodingException e) {
                return name;
            }
        }

        private static String baseType(Part part) throws MessagingException {
            try {
                return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
            } catch (jakarta.mail.internet.ParseException e) {
                return part.getContentType();
            }
        }

        private static long size(Part part) throws MessagingException, IOException {
            try (InputStream in = part.getInputStream()) {
                return in.transferTo(OutputStream.nullOutputStream());
            }
        }
    }
}

package dev.upkisim.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Properties;

/**
 * Reads raw mail bytes back with jakarta.mail, as a receiving program does, and finds the text the way the real
 * RA clients do (Ruby's {@code mail.text_part.decoded}: the first text/plain part anywhere, decoded from its
 * charset, line ends as LF).
 */
final class ReadBack {
    private ReadBack() {
    }

    static MimeMessage parse(byte[] raw) {
        try {
            return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            throw new AssertionError("jakarta.mail cannot parse the message", e);
        }
    }

    /** The decoded first text/plain part with LF line ends. */
    static String text(byte[] raw) {
        try {
            Part part = firstTextPart(parse(raw));
            if (part == null) {
                throw new AssertionError("no text/plain part");
            }
            return ((String) part.getContent()).replace("\r\n", "\n");
        } catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        }
    }

    static Part firstTextPart(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Part found = firstTextPart(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static BodyPart part(Part message, int... path) {
        try {
            Part current = message;
            for (int index : path) {
                current = ((Multipart) current.getContent()).getBodyPart(index);
            }
            return (BodyPart) current;
        } catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        }
    }

    static String latin1(byte[] raw) {
        return new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}

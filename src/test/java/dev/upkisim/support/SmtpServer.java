package dev.upkisim.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;

/** What a real SMTP server (GreenMail) received from the simulator. */
public final class SmtpServer {
    private SmtpServer() {
    }

    /** How many of the messages the server got are addressed to {@code email}. */
    public static long receivedBy(GreenMailExtension smtp, String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> recipients(message).contains(email)).count();
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

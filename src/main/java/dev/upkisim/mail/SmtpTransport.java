package dev.upkisim.mail;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Delivers to an SMTP server (SPEC 1.4: "also to an SMTP server when one is configured") with jakarta.mail.
 *
 * <p>The message is parsed from the raw bytes and sent with {@link Transport#sendMessage}, which writes a parsed,
 * unmodified message back byte for byte: no {@code saveChanges()}, so no new Message-ID, no re-encoding, and the
 * S/MIME signature still verifies at the receiver. The envelope sender is the message's From address.
 */
public final class SmtpTransport implements MailTransport {

    /**
     * @param startTls require STARTTLS before authenticating (the server's certificate is checked against the
     *                 JDK's trust store)
     * @param username null for no authentication; then {@code password} is null too
     */
    public record Settings(String host, int port, boolean startTls, String username, String password, Duration timeout) {
        public Settings {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("smtp: host is required");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("smtp: port must be 1-65535, was " + port);
            }
            if ((username == null) != (password == null)) {
                throw new IllegalArgumentException("smtp: give both user name and password, or neither");
            }
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("smtp: timeout must be positive");
            }
        }

        public static Settings plain(String host, int port) {
            return new Settings(host, port, false, null, null, Duration.ofSeconds(30));
        }

        @Override
        public String toString() {
            return "smtp " + host + ":" + port + (startTls ? " starttls" : "") + (username == null ? "" : " as " + username);
        }
    }

    private final Settings settings;
    private final Session session;

    public SmtpTransport(Settings settings) {
        this.settings = settings;
        String millis = Long.toString(settings.timeout().toMillis());
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", settings.host());
        properties.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        properties.setProperty("mail.smtp.connectiontimeout", millis);
        properties.setProperty("mail.smtp.timeout", millis);
        properties.setProperty("mail.smtp.writetimeout", millis);
        properties.setProperty("mail.smtp.auth", Boolean.toString(settings.username() != null));
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        this.session = Session.getInstance(properties);
    }

    @Override
    public void deliver(byte[] rawMessage, List<String> recipients) throws DeliveryException {
        Address[] envelope = envelope(recipients);
        try (Transport transport = session.getTransport("smtp")) {
            MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(rawMessage));
            transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
            transport.sendMessage(message, envelope);
        } catch (AuthenticationFailedException e) {
            throw failure(DeliveryException.Kind.AUTHENTICATION, "the server refused the user name or password", e);
        } catch (MessagingException e) {
            throw classify(e);
        }
    }

    @Override
    public String describe() {
        return settings.toString();
    }

    private Address[] envelope(List<String> recipients) throws DeliveryException {
        if (recipients.isEmpty()) {
            throw failure(DeliveryException.Kind.REJECTED, "no recipients", null);
        }
        try {
            Address[] addresses = new Address[recipients.size()];
            for (int i = 0; i < addresses.length; i++) {
                addresses[i] = new InternetAddress(recipients.get(i), true);
            }
            return addresses;
        } catch (AddressException e) {
            throw failure(DeliveryException.Kind.REJECTED, "bad recipient address: " + e.getMessage(), e);
        }
    }

    private DeliveryException classify(MessagingException e) {
        for (Exception cause = e; cause != null; cause = next(cause)) {
            int code = replyCode(cause);
            if (code > 0) {
                DeliveryException.Kind kind = code == 530 || code == 535 ? DeliveryException.Kind.AUTHENTICATION
                        : code >= 400 && code < 500 ? DeliveryException.Kind.TEMPORARY : DeliveryException.Kind.REJECTED;
                return failure(kind, "the server answered " + code + ": " + cause.getMessage().strip(), e);
            }
            if (cause instanceof IOException) {
                return failure(DeliveryException.Kind.UNREACHABLE, "cannot talk to the server: " + cause, e);
            }
        }
        return failure(DeliveryException.Kind.REJECTED, String.valueOf(e.getMessage()), e);
    }

    private static int replyCode(Exception e) {
        if (e instanceof SMTPSendFailedException failed) {
            return failed.getReturnCode();
        }
        if (e instanceof SMTPAddressFailedException failed) {
            return failed.getReturnCode();
        }
        if (e instanceof SMTPSenderFailedException failed) {
            return failed.getReturnCode();
        }
        return 0;
    }

    private static Exception next(Exception e) {
        if (e instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return e.getCause() instanceof Exception cause && cause != e ? cause : null;
    }

    private DeliveryException failure(DeliveryException.Kind kind, String detail, Exception cause) {
        return new DeliveryException(kind, describe(), detail, cause);
    }
}

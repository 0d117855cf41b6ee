package dev.upkisim.mail;

import java.util.List;

/**
 * Delivers raw message bytes, unchanged, somewhere outside the simulator (SPEC 1.4: an SMTP server, a webhook).
 * The outbox keeps every mail whatever happens here; a transport only tries once and says why it failed.
 */
public interface MailTransport {

    /**
     * @param rawMessage the bytes of {@link MailEncoder}, sent as they are (a signature must survive)
     * @param recipients the envelope recipients, usually {@link Mail#recipients()}
     */
    void deliver(byte[] rawMessage, List<String> recipients) throws DeliveryException;

    /** Where this transport delivers to, for logs and the outbox view; never with a password. */
    String describe();
}

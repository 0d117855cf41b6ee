package dev.upkisim.mail;

/**
 * A mail that could not be delivered, with a kind that tells the outbox whether trying again can help.
 * The message names the transport and says what happened; it never contains a password.
 */
public final class DeliveryException extends Exception {
    /** Why delivery failed. */
    public enum Kind {
        /** No connection: refused, timed out, unknown host, TLS failed. Worth retrying. */
        UNREACHABLE(true),
        /** The receiver said "later": SMTP 4xx, HTTP 5xx, 408 or 429. Worth retrying. */
        TEMPORARY(true),
        /** The receiver refused the credentials: SMTP 535, HTTP 401 or 403. Fix the settings. */
        AUTHENTICATION(false),
        /** The receiver refused the message or a recipient for good: SMTP 5xx, other HTTP 4xx. */
        REJECTED(false);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }

    private final Kind kind;
    private final String transport;
    private final String detail;

    public DeliveryException(Kind kind, String transport, String detail, Throwable cause) {
        super(transport + ": " + detail + " (" + kind.name().toLowerCase(java.util.Locale.ROOT)
                + (kind.retryable() ? ", retryable" : ", permanent") + ")", cause);
        this.kind = kind;
        this.transport = transport;
        this.detail = detail;
    }

    public Kind kind() {
        return kind;
    }

    /** e.g. {@code smtp mail.example.ac.jp:587} or {@code webhook https://ra.example.ac.jp/mail} */
    public String transport() {
        return transport;
    }

    public String detail() {
        return detail;
    }

    public boolean retryable() {
        return kind.retryable();
    }
}

package dev.upkisim.store;

/**
 * The data directory cannot be used as it is: not an upki-sim database, damaged CA data, in use by
 * another process. The message says what is wrong and what the operator can do; upki-sim stops.
 */
public final class StoredDataException extends RuntimeException {
    public StoredDataException(String message) {
        super(message);
    }

    public StoredDataException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.upkisim.store;

import java.nio.file.Path;

/**
 * The one message for damaged CA data: what is wrong, that upki-sim will not paper over it with a new
 * hierarchy (certificates issued so far would stop validating), and what the operator can do.
 */
public final class CaDataDamage {
    private CaDataDamage() {
    }

    public static StoredDataException report(Path file, String what) {
        return new StoredDataException("the CA data in " + file + " is damaged: " + what + ". upki-sim will not"
                + " generate a new hierarchy over existing data. Restore the data directory from a backup,"
                + " or move it away to start afresh with a new CA hierarchy.");
    }
}

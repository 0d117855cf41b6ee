package dev.upkisim.workflow.portal;

import dev.upkisim.core.User;
import dev.upkisim.fixtures.Fixtures;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password checks for the portal's login. The portal keeps only salted PBKDF2-HMAC-SHA256 hashes, made from the
 * fixtures' demo passwords on a user's first login — hashing every user at start would cost start-up time. 100,000
 * iterations: below OWASP's 600,000 for production systems, as these are public demo passwords of a simulator and
 * test suites log in hundreds of times. Comparison is constant-time; an unknown user costs
 * the same as a wrong password.
 */
public final class PortalPasswords {
    static final int ITERATIONS = 100_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Fixtures fixtures;
    private final Map<String, byte[][]> hashes = new ConcurrentHashMap<>();
    private volatile byte[][] decoy;

    public PortalPasswords(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    public Optional<User> check(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<User> user = fixtures.user(username.trim());
        byte[][] stored = user.map(found -> hashes.computeIfAbsent(found.username(),
                name -> hash(found.password().toCharArray(), salt()))).orElseGet(this::decoy);
        byte[] given = hash(password.toCharArray(), stored[0])[1];
        return MessageDigest.isEqual(stored[1], given) ? user : Optional.empty();
    }

    private byte[][] decoy() {
        if (decoy == null) {
            decoy = hash("no such user".toCharArray(), salt());
        }
        return decoy;
    }

    private static byte[] salt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /** [salt, hash]. */
    private static byte[][] hash(char[] password, byte[] salt) {
        try {
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password, salt, ITERATIONS, 256)).getEncoded();
            return new byte[][] {salt, hash};
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        }
    }
}

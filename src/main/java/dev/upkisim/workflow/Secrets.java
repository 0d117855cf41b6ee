package dev.upkisim.workflow;

import java.security.SecureRandom;

/** Random secrets of the NII side: one-time URL tokens and access PINs. */
public final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TOKEN_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    /** No 0/O, 1/l/I: an access PIN is read off a screen and typed (seed FAQ: アクセスPIN). */
    private static final String PIN_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private Secrets() {
    }

    /** 40 characters: a one-time URL's {@code p1} parameter. */
    public static String token() {
        return random(TOKEN_ALPHABET, 40);
    }

    /** 12 characters: the access PIN, which is also the P12 password (SPEC 1.3). */
    public static String accessPin() {
        return random(PIN_ALPHABET, 12);
    }

    private static String random(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}

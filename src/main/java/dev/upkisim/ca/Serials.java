package dev.upkisim.ca;

import java.math.BigInteger;
import java.security.SecureRandom;

/** Certificate serial numbers: 128 random bits, positive (RFC 5280 4.1.2.2 allows up to 20 octets). */
public final class Serials {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Serials() {
    }

    public static BigInteger random128() {
        BigInteger serial;
        do {
            serial = new BigInteger(128, RANDOM);
        } while (serial.signum() == 0);
        return serial;
    }
}

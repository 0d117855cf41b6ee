package dev.upkisim.ca;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The few DER encodings (X.690 section 10) a CRL with very many entries needs, written straight to bytes: a
 * general ASN.1 library builds an object tree per entry, which costs more than the entry's signature share.
 */
final class DerWriter {
    static final int INTEGER = 0x02;
    static final int BIT_STRING = 0x03;
    static final int OCTET_STRING = 0x04;
    static final int ENUMERATED = 0x0a;
    static final int UTC_TIME = 0x17;
    static final int GENERALIZED_TIME = 0x18;
    static final int SEQUENCE = 0x30;

    private DerWriter() {
    }

    /** Tag, definite length (X.690 8.1.3), content. */
    static byte[] tlv(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
        out.write(tag);
        writeLength(out, content.length);
        out.writeBytes(content);
        return out.toByteArray();
    }

    static void writeTlv(ByteArrayOutputStream out, int tag, byte[] content) {
        out.write(tag);
        writeLength(out, content.length);
        out.writeBytes(content);
    }

    static void writeLength(ByteArrayOutputStream out, int length) {
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
    }

    static byte[] integer(BigInteger value) {
        return tlv(INTEGER, value.toByteArray());
    }

    /** RFC 5280 5.1.2.4/4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050; seconds, always Zulu. */
    static byte[] time(Instant instant) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        return time.getYear() < 2050 ? tlv(UTC_TIME, digits(time, false)) : generalizedTime(instant);
    }

    /** GeneralizedTime YYYYMMDDHHMMSSZ (RFC 5280 4.1.2.5.2), as the invalidity date requires (5.3.2). */
    static byte[] generalizedTime(Instant instant) {
        return tlv(GENERALIZED_TIME, digits(LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC), true));
    }

    private static byte[] digits(LocalDateTime time, boolean fourDigitYear) {
        byte[] out = new byte[fourDigitYear ? 15 : 13];
        int i = 0;
        if (fourDigitYear) {
            i = two(out, i, time.getYear() / 100);
        }
        i = two(out, i, time.getYear() % 100);
        i = two(out, i, time.getMonthValue());
        i = two(out, i, time.getDayOfMonth());
        i = two(out, i, time.getHour());
        i = two(out, i, time.getMinute());
        i = two(out, i, time.getSecond());
        out[i] = 'Z';
        return out;
    }

    private static int two(byte[] out, int at, int value) {
        out[at] = (byte) ('0' + value / 10);
        out[at + 1] = (byte) ('0' + value % 10);
        return at + 2;
    }
}

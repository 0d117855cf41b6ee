package dev.upkisim.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Multipart bodies (RFC 2046 5.1): parts between {@code --boundary} delimiters, CRLF everywhere.
 *
 * <p>Boundaries are derived from a hash of the parts, so the same mail always encodes to the same bytes (runs are
 * reproducible, SPEC 1.6) and a boundary cannot occur inside the parts it separates.
 */
final class MimeParts {
    static final String CRLF = "\r\n";
    private static final Base64.Encoder BASE64_LINES = Base64.getMimeEncoder(76, CRLF.getBytes(StandardCharsets.US_ASCII));

    private MimeParts() {
    }

    /** A boundary that none of the parts contains. */
    static String boundary(String kind, List<byte[]> parts) {
        for (int attempt = 0; ; attempt++) {
            MessageDigest sha256 = sha256();
            sha256.update((kind + attempt).getBytes(StandardCharsets.US_ASCII));
            parts.forEach(sha256::update);
            String boundary = "----=_upki-sim_" + kind + "_" + HexFormat.of().formatHex(sha256.digest(), 0, 12);
            byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
            if (parts.stream().noneMatch(part -> indexOf(part, delimiter) >= 0)) {
                return boundary;
            }
        }
    }

    /**
     * The body of a multipart: each part (headers, blank line, content — ending in CRLF) after a delimiter line,
     * then the close delimiter. The CRLF before each delimiter belongs to the delimiter (RFC 2046 5.1.1).
     */
    static byte[] body(String boundary, List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("--" + boundary + CRLF));
        for (int i = 0; i < parts.size(); i++) {
            out.writeBytes(parts.get(i));
            out.writeBytes(ascii(CRLF + "--" + boundary + (i + 1 < parts.size() ? CRLF : "--" + CRLF)));
        }
        return out.toByteArray();
    }

    /** Base64 in lines of 76 characters, each ending in CRLF (RFC 2045 6.8). */
    static String base64Lines(byte[] content) {
        String lines = BASE64_LINES.encodeToString(content);
        return lines.isEmpty() ? "" : lines + CRLF;
    }

    static byte[] concat(byte[]... pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] piece : pieces) {
            out.writeBytes(piece);
        }
        return out.toByteArray();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

package dev.upkisim.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code multipart/form-data} body (RFC 7578) read into memory, at most {@code limit} bytes, never to disk.
 * Javalin's own multipart support writes every uploaded file above one byte to {@code java.io.tmpdir}
 * ({@code MultipartConfig.maxInMemoryFileSize}), which a page that promises not to store uploads cannot use.
 * Bodies over the limit are refused with 413. The rest of such a body, up to {@link #DISCARD_LIMIT}, is read and
 * thrown away first: a client still sending when the server closes gets a reset connection, not the answer
 * (RFC 9112 9.6, "Tear-down").
 */
public final class MultipartForm {
    /** The most of a refused body read and discarded so that its sender sees the 413 page. */
    static final long DISCARD_LIMIT = 8L * 1024 * 1024;
    private final Map<String, byte[]> fields;

    private MultipartForm(Map<String, byte[]> fields) {
        this.fields = fields;
    }

    /** @throws WebError 400 for a body that is not multipart, 413 for one over {@code limit} bytes */
    public static MultipartForm read(Context ctx, int limit, String tooLarge) {
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        int at = type.toLowerCase(Locale.ROOT).indexOf("boundary=");
        if (!type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data") || at < 0) {
            throw WebError.badRequest("send the form as multipart/form-data");
        }
        String boundary = type.substring(at + 9).split(";")[0].trim().replace("\"", "");
        long declared = ctx.req().getContentLengthLong();
        byte[] body;
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > limit) {
                throw tooLarge(in, declared <= DISCARD_LIMIT, tooLarge);
            }
            body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw tooLarge(in, true, tooLarge);
            }
        } catch (IOException e) {
            throw WebError.badRequest("the upload was interrupted");
        }
        return new MultipartForm(parse(body, ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static WebError tooLarge(InputStream in, boolean discardRest, String message) {
        if (discardRest) {
            byte[] sink = new byte[16 * 1024];
            try {
                for (long read = 0, n; read < DISCARD_LIMIT && (n = in.read(sink)) > 0; read += n) {
                    // thrown away
                }
            } catch (IOException e) {
                // the sender gave up; the 413 is all there is to say
            }
        }
        return new WebError(413, "too-large", message);
    }

    /** A field's bytes, or {@code null} when the form did not have it. */
    public byte[] bytes(String name) {
        return fields.get(name);
    }

    public String text(String name) {
        byte[] value = fields.get(name);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> parse(byte[] body, byte[] delimiter) {
        Map<String, byte[]> fields = new HashMap<>();
        int start = indexOf(body, delimiter, 0);
        while (start >= 0) {
            int headersStart = start + delimiter.length + 2; // after CRLF (or "--" at the end)
            if (headersStart > body.length || (body[start + delimiter.length] == '-' && body[start + delimiter.length + 1] == '-')) {
                break;
            }
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            int next = indexOf(body, delimiter, headersStart);
            if (headersEnd < 0 || next < 0 || headersEnd > next) {
                break;
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            String name = parameter(headers, "name");
            int contentEnd = Math.max(headersEnd + 4, next - 2); // the CRLF before the delimiter
            if (name != null) {
                fields.putIfAbsent(name, Arrays.copyOfRange(body, headersEnd + 4, contentEnd));
            }
            start = next;
        }
        return fields;
    }

    private static String parameter(String headers, String parameter) {
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
                for (String piece : line.split(";")) {
                    String trimmed = piece.trim();
                    if (trimmed.startsWith(parameter + "=")) {
                        return trimmed.substring(parameter.length() + 1).replace("\"", "");
                    }
                }
            }
        }
        return null;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

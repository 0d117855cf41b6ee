package dev.upkisim.mail;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file attached to a mail, sent base64-encoded after the text part (e.g. the revocation TSV of the renewal
 * notice, SPEC 1.4).
 *
 * @param fileName    plain ASCII, as the real service's file names are ({@code revoke_123.tsv})
 * @param contentType a MIME type with its parameters, e.g. {@code text/tab-separated-values; charset=Shift_JIS}
 */
public record Attachment(String fileName, String contentType, byte[] content) {
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Pattern CONTENT_TYPE = Pattern.compile("[a-z]+/[a-z0-9.+-]+(; ?[A-Za-z-]+=[A-Za-z0-9._-]+)*");

    public Attachment {
        if (fileName == null || !FILE_NAME.matcher(fileName).matches()) {
            throw new IllegalArgumentException("attachment file name '" + fileName
                    + "' must be 1-100 ASCII letters, digits, '.', '_' or '-'");
        }
        if (contentType == null || !CONTENT_TYPE.matcher(contentType).matches()) {
            throw new IllegalArgumentException("attachment content type '" + contentType + "' is not type/subtype[; k=v]");
        }
        content = Objects.requireNonNull(content, "content").clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment that && fileName.equals(that.fileName)
                && contentType.equals(that.contentType) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, contentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "Attachment[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
    }
}

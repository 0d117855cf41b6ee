package dev.upkisim.tsv;

import java.util.Arrays;
import java.util.Optional;

/**
 * TSV column 3, ダウンロード方法 (SPEC 1.2; NII client TSV format: 1 P12個別, 2 P12一括, 3 ブラウザ個別).
 *
 * <p>3 (browser individual) generated the key in the browser with {@code <keygen>}, which browsers removed; NII
 * noted 「Keygen廃止に伴う情報の追記」 in its manual (V.2.3, 2019-09-10). Whether the real system still accepts 3
 * could not be confirmed; the simulator refuses it as {@link #accepted() not accepted}.
 */
public enum DownloadMethod {
    P12_INDIVIDUAL(1, "P12個別", true),
    P12_BULK(2, "P12一括", true),
    BROWSER_INDIVIDUAL(3, "ブラウザ個別", false);

    private final int code;
    private final String label;
    private final boolean accepted;

    DownloadMethod(int code, String label, boolean accepted) {
        this.code = code;
        this.label = label;
        this.accepted = accepted;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** False for a method the format lists but that can no longer be used. */
    public boolean accepted() {
        return accepted;
    }

    public static Optional<DownloadMethod> byCode(int code) {
        return Arrays.stream(values()).filter(method -> method.code == code).findFirst();
    }
}

package dev.upkisim.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The faces that have maintenance windows of their own (SPEC 1.6: "for each face separately"), with the names a
 * page or a timeline event calls them by. The simulator's own control API ({@code /sim/}) is not one of them: it is
 * never in maintenance, so a trainer can always end one.
 */
public enum ServiceFace {
    JUPKI("jupki", "電子証明書管理システム（J-UPKI）", "J-UPKI portal"),
    UPKI("upki", "UPKI電子証明書発行サービス（NII）", "UPKI certificate service (NII)"),
    ACME("acme", "ACMEサービス", "ACME service"),
    REPO("repo", "認証局リポジトリ", "CA repository");

    private final String id;
    private final LocalizedText label;

    ServiceFace(String id, String ja, String en) {
        this.id = id;
        this.label = new LocalizedText(ja, en);
    }

    /** {@code jupki}, {@code upki}, {@code acme} or {@code repo}: the name in fixtures, the API and events. */
    public String id() {
        return id;
    }

    public LocalizedText label() {
        return label;
    }

    /** @throws IllegalArgumentException naming the allowed faces */
    public static ServiceFace fromId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(face -> face.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("face '" + id + "' is not one of " + allowed()));
    }

    public static String allowed() {
        return Arrays.stream(values()).map(ServiceFace::id).collect(Collectors.joining(", "));
    }
}

package dev.upkisim.mail;

import java.util.Map;

/**
 * Revocation reason codes as the TSV's column 5 gives them (SPEC 1.2: RFC 5280 5.3.1 numbers), with the words
 * the revocation notice shows under {@code 【失効理由】}: {@code 　<code>: <Japanese> (<RFC name>)} in the
 * Japanese part, {@code  <code>: <RFC name>} in the English part.
 */
public final class RevocationReasons {
    private record Reason(String rfcName, String japanese) {
    }

    private static final Map<Integer, Reason> REASONS = Map.of(
            0, new Reason("unspecified", "理由の指定なし"),
            1, new Reason("keyCompromise", "鍵の危殆化"),
            2, new Reason("cACompromise", "認証局の危殆化"),
            3, new Reason("affiliationChanged", "所属等の変更"),
            4, new Reason("superseded", "証明書の更新"),
            5, new Reason("cessationOfOperation", "利用の終了"),
            6, new Reason("certificateHold", "一時停止"),
            8, new Reason("removeFromCRL", "CRLからの削除"),
            9, new Reason("privilegeWithdrawn", "権限の取消"),
            10, new Reason("aACompromise", "属性認証局の危殆化"));

    private RevocationReasons() {
    }

    public static boolean isKnown(int code) {
        return REASONS.containsKey(code);
    }

    /** e.g. {@code 1: 鍵の危殆化 (keyCompromise)} */
    static String japanese(int code) {
        Reason reason = reason(code);
        return code + ": " + reason.japanese() + " (" + reason.rfcName() + ")";
    }

    /** e.g. {@code 1: keyCompromise} */
    static String english(int code) {
        return code + ": " + reason(code).rfcName();
    }

    static void require(int code) {
        reason(code);
    }

    private static Reason reason(int code) {
        Reason reason = REASONS.get(code);
        if (reason == null) {
            throw new IllegalArgumentException("revocation reason " + code
                    + " is not one of RFC 5280's codes 0-6, 8-10");
        }
        return reason;
    }
}

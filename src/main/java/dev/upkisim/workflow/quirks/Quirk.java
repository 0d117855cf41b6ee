package dev.upkisim.workflow.quirks;

import dev.upkisim.core.LocalizedText;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The real service's known misbehaviours that upki-sim reproduces and lets a client switch off (issue 5 item 4).
 * Each is {@link QuirkMode#FAITHFUL} by default; each one, switched to {@link QuirkMode#FIXED}, really changes
 * what the NII face does (see {@code workflow.CertificatePickup} and {@code workflow.PinAndBulkPickup}). Not quirks:
 * the EUC-JP pages and Shift_JIS files (formats, not failures), and the slow 「発行」 page (the {@code issue-button}
 * delay at {@code /sim/delays}).
 */
public enum Quirk {
    /**
     * The 「発行」 double-click failure: the STEP2 session is used up by the first request, so a second one (double
     * click, back, reload) has none and lands on 【STEP1】, leaving the application stuck until centre staff reset it.
     * Fixed: the second request shows the first one's 【STEP3】 again.
     */
    DOUBLE_SUBMIT("doubleSubmit", "SPEC 1.3; seed FAQ (「発行」ボタンを複数回押す／ブラウザの戻る)", new LocalizedText(
            "「発行」を二度押す（またはブラウザで戻って再度押す）と【STEP1】でパスワードを求められ、申請が処理中のまま止まる。"
                    + "fixed: 二度目の要求には一度目の【STEP3】を再表示する。",
            "Pressing 「発行」 twice (or going back and pressing it again) lands on 【STEP1】 asking for a password and"
                    + " leaves the application stuck until reset. fixed: the second request shows the first one's"
                    + " 【STEP3】 again.")),
    /**
     * The user's certificate URL (and the bulk P12 URL) refuses to open until the admin fetched the access PIN through
     * the PIN URL. Fixed: it opens at once.
     */
    PIN_BEFORE_CERTIFICATE("pinBeforeCertificate", "SPEC 1.3 (real: the certificate URL works only after the PIN was"
            + " fetched)", new LocalizedText(
            "利用者の証明書取得URL（一括P12のURLも）は、管理者がアクセスPINのURLからPINを取得するまで使えない。"
                    + "fixed: すぐに使える。",
            "The user's certificate URL (and the bulk P12 URL) does not open until the admin fetched the access PIN"
                    + " through the PIN URL. fixed: it opens at once.")),
    /**
     * The user's certificate URL is used up as soon as the PIN is entered at 【STEP1】, so opening the mailed link a
     * second time (another tab, back, a retry after a failure) says it was already used. Fixed: it stays usable until
     * the P12 is downloaded — which also lets a user recover from the double-click failure on their own.
     */
    CERTIFICATE_URL_USED_AT_STEP1("certificateUrlUsedAtStep1", "SPEC 1.3 (real: one-time URLs; seed FAQ:"
            + " 「処理が終わらない」 needs the centre)", new LocalizedText(
            "証明書取得URLは【STEP1】でパスワードを入力した時点で使用済みになり、メールのURLをもう一度開くと「既に使用されています」"
                    + "となる。fixed: P12をダウンロードするまで使える。",
            "The certificate URL is used up once the PIN is entered at 【STEP1】; opening the mailed link again says"
                    + " it was already used. fixed: it stays usable until the P12 is downloaded."));

    private final String id;
    private final String source;
    private final LocalizedText description;

    Quirk(String id, String source, LocalizedText description) {
        this.id = id;
        this.source = source;
        this.description = description;
    }

    /** The name in the API, settings ({@code quirks.<id>}) and scenario files. */
    public String id() {
        return id;
    }

    /** Where the real behaviour is documented. */
    public String source() {
        return source;
    }

    public LocalizedText description() {
        return description;
    }

    public static Optional<Quirk> byId(String id) {
        return Arrays.stream(values()).filter(quirk -> quirk.id.equals(id)).findFirst();
    }

    /** {@code doubleSubmit, pinBeforeCertificate, …}, for messages. */
    public static String ids() {
        return Arrays.stream(values()).map(Quirk::id).collect(Collectors.joining(", "));
    }
}

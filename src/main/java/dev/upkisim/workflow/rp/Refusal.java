package dev.upkisim.workflow.rp;

/**
 * Why a relying party refuses a client certificate — the seed FAQ's list of certificates that are imported but
 * cannot be used (失効済み、有効期限切れ、他人の証明書、メールアドレス変更前に取得した証明書), plus what a validator
 * also checks: issuer, not-yet-valid, purpose.
 */
public enum Refusal {
    UNKNOWN_ISSUER("このサイトが信頼する認証局（upki-sim）が発行した証明書ではありません。",
            "The certificate was not issued by a CA this site trusts (upki-sim)."),
    NOT_ON_RECORD("upki-sim の発行記録にない証明書です。", "upki-sim has no record of issuing this certificate."),
    REVOKED("この証明書は失効しています。", "The certificate is revoked."),
    NOT_YET_VALID("この証明書はまだ有効期間に入っていません。", "The certificate is not valid yet."),
    EXPIRED("この証明書は有効期限が切れています。", "The certificate has expired."),
    WRONG_PURPOSE("この証明書はログイン（クライアント認証）に使えません（S/MIME証明書など）。",
            "The certificate cannot be used to log in (no client authentication purpose; an S/MIME certificate?)."),
    SOMEONE_ELSES("他人の証明書です。", "The certificate belongs to someone else."),
    EMAIL_CHANGED("メールアドレスが変更される前に取得した証明書です。", "The certificate was obtained before the e-mail address changed.");

    private final String ja;
    private final String en;

    Refusal(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    public String ja() {
        return ja;
    }

    public String en() {
        return en;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

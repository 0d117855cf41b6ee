package dev.upkisim.mail;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The portal's own expiry warning (seed FAQ: 「電子証明書の有効期限が1ヶ月以内になると、利用者宛にメールが届きます」),
 * with the renewal steps the FAQ gives, in Japanese then English.
 */
public final class ExpiryWarningTemplate {
    public static final String SUBJECT = "【電子証明書管理システム】電子証明書の有効期限のお知らせ / Your certificate expires soon";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

    private ExpiryWarningTemplate() {
    }

    /** @param portalUrl the portal's top page; @param serial decimal */
    public static Mail warning(NoticeSender sender, String to, String userNameJa, String userNameEn, String dn,
                               String serial, ZonedDateTime notAfter, String portalUrl) {
        String body = userNameJa + " 様\n\n"
                + "ご利用中の電子証明書の有効期限が1ヶ月以内になりました。\n"
                + "継続して電子証明書を用いたサービスを利用される場合は、「更新申請」の手続きを行ってください。\n\n"
                + "【対象証明書DN】\n　" + dn + "\n"
                + "【対象証明書シリアル番号】\n　" + serial + "\n"
                + "【有効期限】\n　" + DATE.format(notAfter) + "\n\n"
                + "【更新の手順】\n"
                + "　1. 電子証明書管理システム（学内ネットワークからのみアクセス可能です）にアクセス\n"
                + "　　 " + portalUrl + "\n"
                + "　2. ユーザ名とパスワードを入力してログインする\n"
                + "　3. 「新規申請/更新申請」ボタンを押して、新しい電子証明書を取得する\n\n"
                + "================================================================\n\n"
                + "Dear " + userNameEn + ",\n\n"
                + "Your certificate expires within one month. To keep using services that need it, apply for renewal:\n\n"
                + "  Subject DN:    " + dn + "\n"
                + "  Serial number: " + serial + "\n"
                + "  Expires:       " + DATE.format(notAfter) + "\n\n"
                + "  1. Open the Certificate Management System (from the campus network only): " + portalUrl + "\n"
                + "  2. Log in with your user name and password.\n"
                + "  3. Press \"Apply / renew\" and get a new certificate.\n";
        return Mail.of(sender.displayName(), sender.address(), List.of(to), SUBJECT, body);
    }
}

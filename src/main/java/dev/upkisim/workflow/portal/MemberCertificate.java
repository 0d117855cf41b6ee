package dev.upkisim.workflow.portal;

import dev.upkisim.core.Application;
import dev.upkisim.core.IssuedCertificate;

/**
 * One line of a member's home page (SPEC 1.5): the application and, once issued, its certificate, with the
 * status the portal shows (申請中 / 有効 / 失効 / 期限切れ / エラー) and what the member may do with it.
 */
public record MemberCertificate(Application application, IssuedCertificate certificate, Status status,
                                boolean downloadable, boolean revocable, boolean revocationPending) {

    /** The portal's 状態 column. */
    public enum Status { PENDING, VALID, REVOKED, EXPIRED, ERROR }

    /** The access PIN (インポート用初期パスワード), shown once the NII side has issued it. */
    public String accessPin() {
        return status == Status.PENDING ? null : application.request().accessPin();
    }
}

package dev.upkisim.mail;

import java.util.List;

/**
 * The notification mails of the NII issuance system (SPEC 1.4), as pure builders: a {@link Notices} record in,
 * a {@link Mail} out; encode with {@link MailEncoder#encodeSigned}.
 *
 * <p>Rules of the real service that real RA clients depend on, kept here:
 * <ul>
 *   <li>the exact subjects below; clients dispatch on the part before {@code " /"};</li>
 *   <li>the headed blocks of {@link NoticeBlocks}, the DN repeating TSV column 1 exactly;</li>
 *   <li>the URL a client must follow is the first URL of the text, on a line of its own;</li>
 *   <li>acquisition, renewal and reminder mails are Japanese only; the acceptance and revocation mails are
 *       bilingual, the Japanese part ending right before the line {@value #CONTACT_LINE};</li>
 *   <li>bulk P12 (SPEC 1.3): the admin gets an access-PIN notice for {@code SPEntranceCliAllPin.jsp}, then an
 *       acceptance notice carrying {@code SPEntranceCliAll.jsp} — real clients fetch the bulk ZIP from whichever
 *       mail has the acceptance subject.</li>
 * </ul>
 * The remaining wording is ours, in the manner of the real mails; every mail says it comes from a simulator.
 */
public final class NoticeTemplates {
    public static final String ACCESS_PIN_SUBJECT = "[UPKI] アクセスPIN発行通知";
    public static final String ACCEPTANCE_SUBJECT =
            "[UPKI] クライアント証明書発行受付通知 / [UPKI] client certificate issue acceptance notice";
    public static final String ACQUISITION_SUBJECT = "[UPKI] クライアント証明書取得通知";
    public static final String RENEWAL_SUBJECT = "[UPKI] クライアント証明書更新通知";
    public static final String REVOCATION_SUBJECT =
            "[UPKI] クライアント証明書失効完了通知 / [UPKI] client certificate revocation completion notification";
    /** Ours: the real reminder's subject is not known; it is none that RA clients dispatch on. */
    public static final String REVOKE_REMINDER_SUBJECT = "[UPKI] 旧クライアント証明書の失効のお願い";
    /**
     * Ours: NII's FAQ names the mail the admin gets when a server certificate is issued 「証明書発行通知」
     * (meatwiki pageId=59033127: 「証明書発行通知が利用管理者宛に送信されます」); its exact subject was not found, so
     * it follows the {@code [UPKI] <kind>証明書<event>通知} pattern of the others.
     */
    public static final String SERVER_ISSUED_SUBJECT = "[UPKI] サーバ証明書発行通知";
    /** The line that ends the Japanese part of a bilingual mail (SPEC 1.4). */
    public static final String CONTACT_LINE = "このメールに心当たりがない場合や不明点等ございましたら、";

    private final NoticeSender sender;

    public NoticeTemplates() {
        this(NoticeSender.DEFAULT);
    }

    public NoticeTemplates(NoticeSender sender) {
        this.sender = sender;
    }

    public NoticeSender sender() {
        return sender;
    }

    /** {@value #ACCESS_PIN_SUBJECT} to the admin, with the one-time {@code SPEntranceCliPin.jsp} URL. */
    public Mail accessPinNotice(Notices.AccessPin notice) {
        return mail(List.of(notice.adminEmail()), ACCESS_PIN_SUBJECT, IssueNoticeTexts.accessPin(notice, sender));
    }

    /** The bilingual acceptance notice to the user, with the certificate URL. */
    public Mail certificateAcceptance(Notices.IssueAcceptance notice) {
        return mail(List.of(notice.userEmail()), ACCEPTANCE_SUBJECT, IssueNoticeTexts.acceptance(notice, sender));
    }

    /** {@value #ACCESS_PIN_SUBJECT} to the admin, with the {@code SPEntranceCliAllPin.jsp} URL of bulk P12 rows. */
    public Mail bulkPinNotice(Notices.BulkPin notice) {
        return mail(List.of(notice.adminEmail()), ACCESS_PIN_SUBJECT, IssueNoticeTexts.bulkPin(notice, sender));
    }

    /** The bilingual acceptance notice to the admin, with the {@code SPEntranceCliAll.jsp} URL of the bulk ZIP. */
    public Mail bulkP12Notice(Notices.BulkP12 notice) {
        return mail(List.of(notice.adminEmail()), ACCEPTANCE_SUBJECT, IssueNoticeTexts.bulkP12(notice, sender));
    }

    /** {@value #ACQUISITION_SUBJECT} to RA and admin: {@code 【対象証明書DN】}, {@code 【対象証明書シリアル番号】}. */
    public Mail acquisition(Notices.Acquisition notice) {
        return mail(notice.to(), ACQUISITION_SUBJECT, CertificateNoticeTexts.acquisition(notice, sender));
    }

    /** {@value #RENEWAL_SUBJECT} to RA and admin, with the old certificate's revocation TSV attached. */
    public Mail renewal(Notices.Renewal notice) {
        return mail(notice.to(), RENEWAL_SUBJECT, CertificateNoticeTexts.renewal(notice, sender))
                .withAttachment(RevocationTsv.attachment(notice.revocationRow()));
    }

    /** The reminder two weeks after a renewal whose old certificate is still valid, with the TSV again. */
    public Mail renewalRevokeReminder(Notices.Renewal notice) {
        return mail(notice.to(), REVOKE_REMINDER_SUBJECT, CertificateNoticeTexts.revokeReminder(notice, sender))
                .withAttachment(RevocationTsv.attachment(notice.revocationRow()));
    }

    /** The bilingual revocation notice to admin and user: {@code 【失効証明書DN】} and the rest. */
    public Mail revocationCompleted(Notices.Revocation notice) {
        return mail(notice.to(), REVOCATION_SUBJECT, CertificateNoticeTexts.revocation(notice, sender));
    }

    /** {@value #SERVER_ISSUED_SUBJECT} to the admin: DN, serial, names, validity, certificate and intermediate. */
    public Mail serverIssued(Notices.ServerIssued notice) {
        return mail(List.of(notice.adminEmail()), SERVER_ISSUED_SUBJECT, ServerNoticeTexts.issued(notice, sender));
    }

    private Mail mail(List<String> to, String subject, String body) {
        return Mail.of(sender.displayName(), sender.address(), to, subject, body);
    }
}

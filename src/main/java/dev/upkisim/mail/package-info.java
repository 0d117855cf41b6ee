/**
 * The NII issuance system's notification mails (SPEC 1.4): building, encoding, signing and delivering them.
 *
 * <ul>
 *   <li>{@link dev.upkisim.mail.NoticeTemplates} turns a {@link dev.upkisim.mail.Notices} record into a
 *       {@link dev.upkisim.mail.Mail}: exact subjects, the headed blocks real RA clients match with regular
 *       expressions ({@link dev.upkisim.mail.NoticeBlocks}), the revocation TSV of a renewal
 *       ({@link dev.upkisim.mail.RevocationTsv});</li>
 *   <li>{@link dev.upkisim.mail.MailEncoder} writes RFC 5322 bytes in ISO-2022-JP ({@link dev.upkisim.mail.Iso2022Jp})
 *       and, with a {@link dev.upkisim.mail.SmimeSigner} holding the "CA Support Center"
 *       {@link dev.upkisim.mail.SigningIdentity}, as S/MIME {@code multipart/signed};</li>
 *   <li>{@link dev.upkisim.mail.SmtpTransport} and {@link dev.upkisim.mail.WebhookTransport} deliver those bytes
 *       unchanged and fail with a {@link dev.upkisim.mail.DeliveryException}; the outbox (elsewhere) keeps the mails
 *       and retries by a {@link dev.upkisim.mail.RetryPolicy}.</li>
 * </ul>
 *
 * Layering (DESIGN): this package uses {@code ca} for signing material and {@code core} for records, and never
 * imports {@code store}, {@code web} or {@code workflow}. Nothing here reads a clock: dates come in as arguments.
 */
package dev.upkisim.mail;

package dev.upkisim.workflow.portal;

import dev.upkisim.core.User;
import dev.upkisim.store.Database;
import dev.upkisim.store.OneTimeUrlStore;
import dev.upkisim.store.OneTimeUrlStore.OneTimeUrl;
import dev.upkisim.store.OneTimeUrlStore.Purpose;
import dev.upkisim.workflow.PinAndBulkPickup;
import java.util.Optional;

/**
 * 「証明書をダウンロード」 (SPEC 1.5): as the real J-UPKI does for its members, the portal — the institution's RA —
 * fetches the access PIN through the admin's one-time PIN URL and then passes the PIN with the member's certificate
 * URL to the NII side, so the member lands on 【STEP2】 and never sees STEP1 unless issuance failed.
 */
public final class PortalDownload {
    private final Database database;
    private final OneTimeUrlStore urls;
    private final PinAndBulkPickup pickup;
    private final PortalMembers members;

    public PortalDownload(Database database, OneTimeUrlStore urls, PinAndBulkPickup pickup, PortalMembers members) {
        this.database = database;
        this.urls = urls;
        this.pickup = pickup;
        this.members = members;
    }

    /** What the member's browser posts to {@code spEntranceCli.do}: the certificate URL's token and the PIN. */
    public record Ticket(String certificateToken, String pin) {
    }

    /**
     * @return the ticket; empty when the application is not the member's or not ready; a ticket with a null token
     *     when the certificate URL is already used up (a failed issuance: the member must contact the centre)
     */
    public Optional<Ticket> prepare(User user, long applicationId) {
        var line = members.find(user, applicationId).filter(MemberCertificate::downloadable).orElse(null);
        if (line == null) {
            return Optional.empty();
        }
        long id = line.application().id();
        database.read(c -> urls.latest(c, id, Purpose.PIN)).filter(url -> url.usedAt() == null)
                .ifPresent(url -> pickup.pinDownload(url.token()));
        String certificateToken = database.read(c -> urls.latest(c, id, Purpose.CERTIFICATE))
                .filter(url -> url.usedAt() == null).map(OneTimeUrl::token).orElse(null);
        return Optional.of(new Ticket(certificateToken, line.application().request().accessPin()));
    }
}

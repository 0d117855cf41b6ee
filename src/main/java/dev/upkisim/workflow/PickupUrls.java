package dev.upkisim.workflow;

import dev.upkisim.clock.SimClock;
import dev.upkisim.core.Application;
import dev.upkisim.store.ApplicationStore;
import dev.upkisim.store.Database;
import dev.upkisim.store.OneTimeUrlStore;
import dev.upkisim.store.OneTimeUrlStore.OneTimeUrl;
import dev.upkisim.store.OneTimeUrlStore.Purpose;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Reads the NII side's one-time URLs (SPEC 1.3) for the pickup flows: whether one is open, and whose it is. */
public final class PickupUrls {
    private final Database database;
    private final ApplicationStore applications;
    private final OneTimeUrlStore urls;
    private final SimClock clock;

    public PickupUrls(Database database, ApplicationStore applications, OneTimeUrlStore urls, SimClock clock) {
        this.database = database;
        this.applications = applications;
        this.urls = urls;
        this.clock = clock;
    }

    /** What {@code open} makes of the token when it is open for this purpose, else the refusal to show. */
    Pickup whenOpen(String token, Purpose purpose, Supplier<Pickup> open) {
        Optional<OneTimeUrl> closed = closed(token, purpose);
        return closed.isPresent() ? refusal(closed.get()) : open.get();
    }

    /** Empty when the token is open for this purpose, else why not (as a URL, so the caller can map it). */
    private Optional<OneTimeUrl> closed(String token, Purpose purpose) {
        OneTimeUrl url = token == null ? null : database.read(c -> urls.find(c, token)).orElse(null);
        if (url != null && url.purpose() == purpose && url.usable(clock.now())) {
            return Optional.empty();
        }
        return Optional.of(url == null || url.purpose() != purpose
                ? new OneTimeUrl(token, purpose, null, null, null, Instant.MAX, null) : url);
    }

    private static Pickup.Refused refusal(OneTimeUrl url) {
        if (url.createdAt() == null) {
            return new Pickup.Refused(Pickup.Reason.UNKNOWN);
        }
        return new Pickup.Refused(url.usedAt() != null ? Pickup.Reason.USED : Pickup.Reason.EXPIRED);
    }

    /** Whether the application's other one-time URL of {@code purpose} (its PIN URL) was already used. */
    boolean siblingUsed(String token, Purpose purpose) {
        return database.read(c -> urls.usedExists(c, urls.find(c, token).orElseThrow().applicationId(), purpose));
    }

    Application application(String token) {
        return database.read(c -> applicationOf(c, token));
    }

    Application applicationOf(Connection c, String token) throws SQLException {
        return applications.find(c, urls.find(c, token).orElseThrow().applicationId()).orElseThrow();
    }

    /** The bulk URL's upload's applications that chose the bulk download (download method 2). */
    List<Application> bulkApplications(String token) {
        return database.read(c -> {
            long uploadId = urls.find(c, token).orElseThrow().uploadId();
            return applications.byUpload(c, uploadId).stream()
                    .filter(a -> Integer.valueOf(2).equals(a.request().downloadMethod())).toList();
        });
    }
}

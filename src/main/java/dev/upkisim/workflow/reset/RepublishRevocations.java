package dev.upkisim.workflow.reset;

import dev.upkisim.ca.CaHierarchy;
import dev.upkisim.ca.CaRole;
import dev.upkisim.fixtures.Fixtures;
import dev.upkisim.store.CrlStore.StoredCrl;
import dev.upkisim.workflow.CrlPublishing;
import dev.upkisim.workflow.RevocationView;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

/**
 * A reset's revocation part: every issuing CA publishes its next CRL in the reset's transaction — empty, as the
 * certificates are gone — with a higher CRL number (RFC 5280 5.2.3), and once committed the OCSP responder forgets
 * every certificate it knew, so a deleted serial is "unknown" again (RFC 6960 2.2).
 */
public final class RepublishRevocations implements ResetStep {
    private final CrlPublishing crls;
    private final RevocationView revocations;
    private final CaHierarchy hierarchy;

    public RepublishRevocations(CrlPublishing crls, RevocationView revocations, CaHierarchy hierarchy) {
        this.crls = crls;
        this.revocations = revocations;
        this.hierarchy = hierarchy;
    }

    @Override
    public Runnable clear(Connection tx, Fixtures reloaded) throws SQLException {
        Map<CaRole, StoredCrl> published = new EnumMap<>(CaRole.class);
        for (CaRole role : CrlPublishing.ISSUING) {
            if (hierarchy.find(role).isPresent()) {
                published.put(role, crls.publishIn(tx, role));
            }
        }
        return () -> {
            revocations.forgetAll();
            published.forEach(crls::announce);
        };
    }
}

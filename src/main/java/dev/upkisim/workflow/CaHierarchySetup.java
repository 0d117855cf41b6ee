package dev.upkisim.workflow;

import dev.upkisim.ca.Authority;
import dev.upkisim.ca.CaHierarchy;
import dev.upkisim.ca.CaHierarchyGenerator;
import dev.upkisim.ca.CaNames;
import dev.upkisim.ca.CaRole;
import dev.upkisim.ca.HierarchyVerifier;
import dev.upkisim.ca.ListenerCertificateIssuer;
import dev.upkisim.ca.ListenerIdentity;
import dev.upkisim.ca.RsaKeyPool;
import dev.upkisim.clock.SimClock;
import dev.upkisim.store.AuthorityStore;
import dev.upkisim.store.CaDataDamage;
import dev.upkisim.store.ListenerIdentityStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Gets the CA hierarchy at start (foundation issue, item 2): generated and stored on the first start,
 * read back and verified on every later one. Damaged data stops start-up; it is never replaced silently.
 */
public final class CaHierarchySetup {
    /**
     * The key pairs a first start needs before it is ready, generated in parallel from the very beginning: the CAs'
     * and the listener's. (The OCSP responders' keys are made once the simulator is ready: {@link OcspService}.)
     */
    public static final int KEYS_FOR_NEW_HIERARCHY = CaRole.values().length + 1;
    private final AuthorityStore authorities;
    private final ListenerIdentityStore listenerIdentities;
    private final SimClock clock;
    private final Path databaseFile;
    private final RsaKeyPool keys;

    public CaHierarchySetup(AuthorityStore authorities, ListenerIdentityStore listenerIdentities, SimClock clock,
                            Path databaseFile, RsaKeyPool keys) {
        this.keys = keys;
        this.authorities = authorities;
        this.listenerIdentities = listenerIdentities;
        this.clock = clock;
        this.databaseFile = databaseFile;
    }

    /**
     * @param fixtureNames the CA names from the fixtures (asked for late: the fixtures load in parallel)
     * @param notices hears warnings worth showing the operator (fixture names that differ from the stored ones) */
    public CaHierarchy loadOrCreate(Supplier<CaNames> fixtureNames, Consumer<String> notices) {
        Optional<List<Authority>> stored = authorities.load();
        if (stored.isEmpty()) {
            keys.prefill(KEYS_FOR_NEW_HIERARCHY);
            CaHierarchy generated = CaHierarchyGenerator.generate(fixtureNames.get(), clock.now(), clock.wallNow(), keys::take);
            authorities.saveNew(generated, clock.now());
            return generated;
        }
        CaHierarchy hierarchy;
        try {
            hierarchy = new CaHierarchy(stored.get());
            HierarchyVerifier.verify(hierarchy);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw CaDataDamage.report(databaseFile, e.getMessage());
        }
        CaNames names = fixtureNames.get();
        List<String> renamed = new ArrayList<>();
        for (CaRole role : CaRole.values()) {
            if (!hierarchy.get(role).certificate().getSubjectX500Principal().equals(names.get(role))) {
                renamed.add(role.id());
            }
        }
        if (!renamed.isEmpty()) {
            notices.accept("the fixtures name the " + String.join(", ", renamed) + " CA differently from the stored"
                    + " hierarchy; the stored one is kept (use a new data directory to generate one with the new names)");
        }
        return hierarchy;
    }

    /** The HTTPS listener's identity for {@code hostnames}: the stored one if it still fits, else a new one. */
    public ListenerIdentity listenerIdentity(CaHierarchy hierarchy, List<String> hostnames) {
        Optional<ListenerIdentity> stored = listenerIdentities.load();
        if (stored.isPresent() && stored.get().fits(hostnames, clock.wallNow())
                && issuedBy(stored.get(), hierarchy.get(CaRole.SERVER))) {
            return stored.get();
        }
        ListenerIdentity issued = ListenerCertificateIssuer.issue(hierarchy.get(CaRole.SERVER), hostnames, clock.wallNow(),
                keys.take());
        listenerIdentities.save(issued);
        return issued;
    }

    private static boolean issuedBy(ListenerIdentity identity, Authority serverCa) {
        try {
            identity.certificate().verify(serverCa.certificate().getPublicKey());
            return true;
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }
}

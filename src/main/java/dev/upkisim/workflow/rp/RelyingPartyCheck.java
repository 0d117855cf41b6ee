package dev.upkisim.workflow.rp;

import dev.upkisim.ca.CaHierarchy;
import dev.upkisim.ca.CaRole;
import dev.upkisim.clock.SimClock;
import dev.upkisim.core.IssuedCertificate;
import dev.upkisim.core.User;
import dev.upkisim.fixtures.Fixtures;
import dev.upkisim.store.CertificateStore;
import dev.upkisim.store.Database;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * What a relying party — like the seed's {@code auth.jaist.ac.jp} login — decides about a client certificate, and
 * why (SPEC 1.9): issued by one of the simulated CAs, on record, not revoked, valid on the simulated clock, meant for
 * client authentication, the expected user's, and not older than the member's current e-mail address.
 */
public final class RelyingPartyCheck {
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private final CaHierarchy hierarchy;
    private final Database database;
    private final CertificateStore certificates;
    private final Fixtures fixtures;
    private final SimClock clock;

    public RelyingPartyCheck(CaHierarchy hierarchy, Database database, CertificateStore certificates, Fixtures fixtures,
                             SimClock clock) {
        this.hierarchy = hierarchy;
        this.database = database;
        this.certificates = certificates;
        this.fixtures = fixtures;
        this.clock = clock;
    }

    /** The verdict: accepted when {@code refusals} is empty. */
    public record Verdict(X509Certificate certificate, List<Refusal> refusals, Instant checkedAt) {
        public boolean accepted() {
            return refusals.isEmpty();
        }
    }

    /** @param expectedUser the user name the login expects, or null to accept any member */
    public Verdict check(X509Certificate presented, String expectedUser) {
        List<Refusal> refusals = new ArrayList<>();
        Instant now = clock.now();
        if (!issuedByUs(presented)) {
            return new Verdict(presented, List.of(Refusal.UNKNOWN_ISSUER), now);
        }
        Optional<IssuedCertificate> record = database.read(c -> certificates.bySerialAnywhere(c, presented.getSerialNumber()));
        if (record.isEmpty()) {
            refusals.add(Refusal.NOT_ON_RECORD);
        } else if (record.get().revoked()) {
            refusals.add(Refusal.REVOKED);
        }
        if (now.isBefore(presented.getNotBefore().toInstant())) {
            refusals.add(Refusal.NOT_YET_VALID);
        } else if (now.isAfter(presented.getNotAfter().toInstant())) {
            refusals.add(Refusal.EXPIRED);
        }
        if (!clientAuthentication(presented)) {
            refusals.add(Refusal.WRONG_PURPOSE);
        }
        String email = record.map(IssuedCertificate::userEmail).orElse(null);
        Optional<User> owner = ownerOf(presented, email);
        if (expectedUser != null && !expectedUser.isBlank()
                && owner.map(user -> !user.username().equals(expectedUser.trim())).orElse(true)) {
            refusals.add(Refusal.SOMEONE_ELSES);
        }
        if (owner.isPresent() && email != null && !owner.get().email().equalsIgnoreCase(email)) {
            refusals.add(Refusal.EMAIL_CHANGED);
        }
        return new Verdict(presented, List.copyOf(refusals), now);
    }

    private boolean issuedByUs(X509Certificate presented) {
        for (CaRole role : CaRole.issuing()) {
            var ca = hierarchy.get(role).certificate();
            if (ca.getSubjectX500Principal().equals(presented.getIssuerX500Principal())) {
                try {
                    presented.verify(ca.getPublicKey());
                    return true;
                } catch (GeneralSecurityException e) {
                    return false;
                }
            }
        }
        return false;
    }

    private static boolean clientAuthentication(X509Certificate certificate) {
        try {
            List<String> purposes = certificate.getExtendedKeyUsage();
            return purposes == null || purposes.contains(CLIENT_AUTH);
        } catch (CertificateParsingException e) {
            return false;
        }
    }

    /**
     * The member a certificate names: the portal's DNs carry the user name as OU (PortalTsv); otherwise the member
     * whose current address is the certificate's. A member whose address changed is still found by the OU.
     */
    private Optional<User> ownerOf(X509Certificate certificate, String email) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("OU")) {
                    Optional<User> user = fixtures.user(String.valueOf(rdn.getValue()));
                    if (user.isPresent()) {
                        return user;
                    }
                }
            }
        } catch (javax.naming.InvalidNameException ignored) {
            // fall back to the address
        }
        return email == null ? Optional.empty()
                : fixtures.users().stream().filter(user -> user.email().equalsIgnoreCase(email)).findFirst();
    }
}

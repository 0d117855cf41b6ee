package dev.upkisim.ca;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * Generates the simulated hierarchy (SPEC 1.1): a self-signed root and one issuing CA per role below it.
 *
 * <ul>
 *   <li>root: basicConstraints CA (critical, no path length limit), keyUsage keyCertSign + cRLSign (critical);</li>
 *   <li>issuing CAs: basicConstraints CA with pathLen 0 (critical), keyUsage digitalSignature + keyCertSign +
 *       cRLSign (critical), and extendedKeyUsage restricted to what the CA issues, as CA/Browser Forum
 *       baseline requirements 7.1.2.2 ask of subordinate CAs.</li>
 * </ul>
 *
 * Validity starts a day before the earlier of simulated and wall time, so the chain is valid both to
 * upki-sim's own checks and to outside validators that use the real clock.
 */
public final class CaHierarchyGenerator {
    static final int ROOT_YEARS = 20;
    static final int ISSUING_YEARS = 10;

    private CaHierarchyGenerator() {
    }

    /** @param keys where the CAs' key pairs come from (a pool prefilled in the background, in practice) */
    public static CaHierarchy generate(CaNames names, Instant simulatedNow, Instant wallNow, Supplier<KeyPair> keys) {
        Instant notBefore = earlier(simulatedNow, wallNow).minus(Duration.ofDays(1));
        Instant later = simulatedNow.isAfter(wallNow) ? simulatedNow : wallNow;

        KeyPair rootKeys = keys.get();
        var root = new Authority(CaRole.ROOT, CertificateSigner.selfSigned(names.get(CaRole.ROOT), rootKeys,
                        Serials.random128(), notBefore, yearsAfter(later, ROOT_YEARS))
                .extension(Extension.basicConstraints, true, new BasicConstraints(true))
                .extension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .sign(), rootKeys.getPrivate());

        List<Authority> authorities = new ArrayList<>(List.of(root));
        for (CaRole role : CaRole.values()) {
            if (role == CaRole.ROOT) {
                continue;
            }
            KeyPair pair = keys.get();
            var certificate = CertificateSigner.issuedBy(root, names.get(role), pair.getPublic(),
                            Serials.random128(), notBefore, yearsAfter(later, ISSUING_YEARS))
                    .extension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .extension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .extension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(role.purposes()))
                    .sign();
            authorities.add(new Authority(role, certificate, pair.getPrivate()));
        }
        return new CaHierarchy(authorities);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant yearsAfter(Instant instant, int years) {
        return instant.atOffset(ZoneOffset.UTC).plusYears(years).toInstant();
    }
}

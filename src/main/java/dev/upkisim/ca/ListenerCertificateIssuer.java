package dev.upkisim.ca;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * Issues the HTTPS listener's certificate from the simulated server CA (foundation issue, item 3).
 *
 * <p>Browsers and curl check it against their real clocks, so its validity is taken from wall time, not
 * simulated time: 397 days, inside the 398-day limit of CA/Browser Forum baseline requirements 6.3.2.
 */
public final class ListenerCertificateIssuer {
    static final Duration VALIDITY = Duration.ofDays(397);

    private ListenerCertificateIssuer() {
    }

    public static ListenerIdentity issue(Authority serverCa, List<String> hostnames, Instant wallNow, KeyPair keys) {
        GeneralName[] names = hostnames.stream()
                .map(name -> new GeneralName(isIpAddress(name) ? GeneralName.iPAddress : GeneralName.dNSName, name))
                .toArray(GeneralName[]::new);
        var certificate = CertificateSigner.issuedBy(serverCa,
                        new X500Principal("CN=" + hostnames.get(0) + ", O=upki-sim (simulated), C=JP"),
                        keys.getPublic(), Serials.random128(), wallNow.minus(Duration.ofHours(1)), wallNow.plus(VALIDITY))
                .extension(Extension.basicConstraints, true, new BasicConstraints(false))
                .extension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
                .extension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                .extension(Extension.subjectAlternativeName, false, new DERSequence(names))
                .sign();
        return new ListenerIdentity(List.copyOf(hostnames), certificate, keys.getPrivate());
    }

    private static boolean isIpAddress(String name) {
        return name.matches("[0-9.]+") || name.contains(":");
    }
}

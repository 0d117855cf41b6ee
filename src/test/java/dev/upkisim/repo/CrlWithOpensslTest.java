package dev.upkisim.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.ca.CaRole;
import dev.upkisim.ca.Pem;
import dev.upkisim.support.Crls;
import dev.upkisim.support.Eventually;
import dev.upkisim.support.IssuedClient;
import dev.upkisim.support.NiiJourney;
import dev.upkisim.support.Openssl;
import dev.upkisim.support.RunningSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Each issuing CA's CRL (RFC 5280 section 5) as {@code openssl verify -crl_check} and {@code openssl crl} see it. */
class CrlWithOpensslTest {
    @TempDir
    Path work;
    @RegisterExtension
    static final RunningSimulator sim = RunningSimulator.perClass();
    private static NiiJourney journey;

    @BeforeAll
    static void start() {
        journey = new NiiJourney(sim, "example-u");
    }

    @Test
    void aGoodCertificatePassesTheCrlCheckAndOnceRevokedTheNewCrlListsItWithItsReasonAndOpensslRefusesIt()
            throws IOException {
        IssuedClient leaf = IssuedClient.issue(journey, "CRL GOOD", "s2611001", "crl.good@example.ac.jp");
        X509CRL before = Crls.current(sim, "client");
        writeFiles(leaf, "crl.pem", "/repo/crl/client.pem");
        Openssl.Result good = verify();
        assertEquals(0, good.exitCode(), good.output());
        assertTrue(good.output().contains("leaf.pem: OK"), good.output());

        leaf.revoke(journey, 1);
        X509CRL after = Eventually.await("a CRL that lists " + leaf.serial(), () -> {
            X509CRL crl = Crls.current(sim, "client");
            return crl.getRevokedCertificate(leaf.serial()) != null ? Optional.of(crl) : Optional.empty();
        });
        assertTrue(Crls.number(after).compareTo(Crls.number(before)) > 0, "the CRL number grows");
        writeFiles(leaf, "crl.pem", "/repo/crl/client.crl?format=pem");
        Openssl.Result refused = verify();
        assertNotEquals(0, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("certificate revoked"), refused.output());

        Openssl.Result text = Openssl.openssl(work, "crl", "-in", "crl.pem", "-noout", "-text");
        assertTrue(text.output().contains("Key Compromise"), text.output());
        assertTrue(text.output().contains("Invalidity Date"), text.output());
        assertTrue(text.output().contains("X509v3 CRL Number"), text.output());
        assertTrue(text.output().contains("X509v3 Authority Key Identifier"), text.output());
        Openssl.Result signature = Openssl.openssl(work, "crl", "-in", "crl.pem", "-noout", "-CAfile", "client-ca.pem");
        assertTrue(signature.output().contains("verify OK"), signature.output());
    }

    @Test
    void anUnspecifiedReasonLeavesTheReasonCodeOutOfTheEntry() {
        IssuedClient leaf = IssuedClient.issue(journey, "CRL UNSPEC", "s2611002", "crl.unspecified@example.ac.jp");
        leaf.revoke(journey, 0);
        X509CRL crl = Eventually.await("a CRL that lists " + leaf.serial(), () -> Optional.ofNullable(
                Crls.current(sim, "client").getRevokedCertificate(leaf.serial())).map(entry -> Crls.current(sim, "client")));
        assertNull(crl.getRevokedCertificate(leaf.serial()).getRevocationReason(), "RFC 5280 5.3.1: absent for unspecified");
    }

    @Test
    void everyIssuingCaServesItsCrlInDerWithTheRightMediaTypeSignedByThatCa() throws Exception {
        for (CaRole role : new CaRole[] {CaRole.CLIENT, CaRole.SMIME, CaRole.SERVER}) {
            var response = Crls.fetch(sim, "/repo/crl/" + role.id() + ".crl");
            assertEquals(200, response.statusCode());
            assertEquals("application/pkix-crl", response.headers().firstValue("Content-Type").orElse(""));
            X509CRL crl = Crls.parse(response.body());
            crl.verify(sim.simulator().hierarchy().get(role).certificate().getPublicKey());
            assertEquals(sim.simulator().hierarchy().get(role).certificate().getSubjectX500Principal(), crl.getIssuerX500Principal());
        }
        assertEquals(404, Crls.fetch(sim, "/repo/crl/nobody.crl").statusCode());
        assertEquals(404, Crls.fetch(sim, "/repo/crl/root.crl").statusCode());
    }

    private Openssl.Result verify() {
        return Openssl.openssl(work, "verify", "-crl_check", "-CAfile", "root.pem", "-untrusted", "client-ca.pem",
                "-CRLfile", "crl.pem", "leaf.pem");
    }

    private void writeFiles(IssuedClient leaf, String crlFile, String crlPath) throws IOException {
        Files.writeString(work.resolve("root.pem"), sim.rootPem());
        Files.writeString(work.resolve("client-ca.pem"), Pem.certificate(sim.simulator().hierarchy().get(CaRole.CLIENT).certificate()));
        Files.writeString(work.resolve("leaf.pem"), leaf.pem());
        var pem = Crls.fetch(sim, crlPath);
        assertEquals(200, pem.statusCode());
        assertTrue(new String(pem.body()).startsWith("-----BEGIN X509 CRL-----"));
        Files.write(work.resolve(crlFile), pem.body());
    }
}

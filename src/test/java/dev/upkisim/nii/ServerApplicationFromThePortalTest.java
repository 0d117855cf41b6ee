package dev.upkisim.nii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.core.ApplicationState;
import dev.upkisim.core.Institution;
import dev.upkisim.support.Csrs;
import dev.upkisim.support.Eventually;
import dev.upkisim.support.Openssl;
import dev.upkisim.support.Outbox;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.workflow.ServerCertificateApplication;
import dev.upkisim.workflow.ServerCertificateStatus;
import dev.upkisim.workflow.ServerCertificates;
import dev.upkisim.workflow.UploadReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal's way in (SPEC 1.5 server certificate application): {@code UploadService.applyForServerCertificate}
 * makes the one-row server TSV and uploads it as an RA would; {@code ServerCertificates} gives state and chain.
 */
class ServerApplicationFromThePortalTest {
    @TempDir
    static Path files;
    @RegisterExtension
    static final RunningSimulator sim = RunningSimulator.perClass();
    private static Institution institution;
    private static ServerCertificates certificates;

    @BeforeAll
    static void start() throws Exception {
        institution = sim.simulator().fixtures().institution("example-u").orElseThrow();
        certificates = sim.simulator().serverCertificates();
        Files.writeString(files.resolve("root.pem"), sim.rootPem());
    }

    @Test
    void anEcdsaCsrWithLineBreaksBecomesAnIssuedCertificateWhoseChainOpensslVerifies() throws Exception {
        String pem = Csrs.ec(files, "P-256", "/CN=portal.example.ac.jp").pem().replace("CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST");
        UploadReport report = apply(pem, "portal.example.ac.jp", List.of("portal-alt.example.ac.jp"));
        assertTrue(report.allOk(), report.toString());
        long id = report.lines().get(0).applicationId();

        ServerCertificateStatus status = Eventually.await("application " + id + " issued", () -> certificates
                .status(institution.id(), id).filter(ServerCertificateStatus::issued));
        assertEquals(ApplicationState.ISSUED, status.state());
        assertEquals(List.of("portal.example.ac.jp", "portal-alt.example.ac.jp"), status.dnsNames());
        assertEquals("CN=portal.example.ac.jp, " + institution.dnBase(), status.subjectDn());
        assertTrue(status.validAt(sim.simulator().clock().now()));

        String chain = certificates.pemChain(institution.id(), id).orElseThrow();
        Files.writeString(files.resolve("chain.pem"), chain);
        Files.writeString(files.resolve("leaf.pem"), ServerCertificateJourneyTest.firstPem(chain));
        var verify = Openssl.openssl(files, "verify", "-CAfile", "root.pem", "-untrusted", "chain.pem",
                "-purpose", "sslserver", "leaf.pem");
        assertEquals(0, verify.exitCode(), verify.output());
        Outbox.Mail notice = new Outbox(sim).await("kanri.jiro@example.ac.jp", "サーバ証明書発行通知",
                mail -> Long.valueOf(id).equals(mail.application()));
        assertTrue(notice.text().contains("portal-alt.example.ac.jp"));
    }

    @Test
    void aNameOutsideTheDomainsIsRefusedWithTheTsvErrorAndNothingIsStored() {
        String pem = Csrs.rsa(files, 2048, "/CN=www.example.com").pem();
        int before = certificates.list(institution.id()).size();
        UploadReport report = apply(pem, "www.example.com", List.of());
        assertFalse(report.processed());
        assertEquals(List.of("367:1,加入者FQDN,「www.example.com」は機関のドメイン（example.ac.jp）に含まれません。"),
                report.lines().get(0).errors());
        assertEquals(before, certificates.list(institution.id()).size());
    }

    @Test
    void aSecondApplicationForTheSameFqdnIs212AndAnotherInstitutionSeesNothing() {
        String pem = Csrs.rsa(files, 2048, "/CN=twice.example.ac.jp").pem();
        UploadReport first = apply(pem, "twice.example.ac.jp", List.of());
        assertTrue(first.allOk(), first.toString());
        UploadReport second = apply(pem, "twice.example.ac.jp", List.of());
        assertEquals(List.of("212:1,主体者DN,指定したDNはすでに存在しています。"), second.lines().get(0).errors());
        Long id = first.lines().get(0).applicationId();
        assertNotNull(id);
        assertEquals(Optional.empty(), certificates.status("another-u", id));
        assertEquals(Optional.empty(), certificates.pemChain("another-u", id));
    }

    private static UploadReport apply(String pem, String fqdn, List<String> extra) {
        return sim.simulator().uploads().applyForServerCertificate(institution, new ServerCertificateApplication(pem, fqdn,
                extra, "nginx 1.26", "管理 次郎", "情報社会基盤研究センター", "kanri.jiro@example.ac.jp"));
    }
}

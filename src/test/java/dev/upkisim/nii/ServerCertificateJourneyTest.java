package dev.upkisim.nii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.ca.ServerCsr;
import dev.upkisim.core.ApplicationState;
import dev.upkisim.support.Csrs;
import dev.upkisim.support.NiiJourney;
import dev.upkisim.support.Openssl;
import dev.upkisim.support.Outbox;
import dev.upkisim.support.RaClient;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.TsvRows;
import dev.upkisim.workflow.ServerCertificateStatus;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An RA uploads a 13-column server certificate TSV with an openssl-made CSR (SPEC 1.2); after processing the
 * admin gets 証明書発行通知 and the certificate verifies for TLS servers with the real openssl.
 */
class ServerCertificateJourneyTest {
    static final String ADMIN = "kanri.jiro@example.ac.jp";
    static final String WWW = "www.example.ac.jp";
    static final String MAIL = "mail.example.ac.jp";
    static final Pattern PEM = Pattern.compile("-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----\n");
    @TempDir
    static Path files;
    @RegisterExtension
    static final RunningSimulator sim = RunningSimulator.perClass();
    private static NiiJourney journey;

    @BeforeAll
    static void start() throws Exception {
        journey = new NiiJourney(sim, "example-u");
        Files.writeString(files.resolve("root.pem"), sim.rootPem());
        Files.writeString(files.resolve("server-ca.pem"), sim.get(sim.http("/repo/ca/server.pem")).body());
    }

    @Test
    void theAdminGetsAServerCertificateForTheCsrsKeyThatOpensslVerifiesForTlsServers() throws Exception {
        Csrs.Csr csr = Csrs.rsa(files, 2048, "/CN=" + WWW, WWW, MAIL);
        RaClient.Page result = journey.upload("1", "1", new TsvRows().server(TsvRows.serverDn(WWW), csr.oneLine(), WWW, MAIL).bytes());
        assertEquals("クライアント証明書　発行・更新申請完了画面", result.heading(), result.document().text());
        assertEquals(List.of("1", "OK", "", "架空大学", "情報社会基盤研究センター", "管理 次郎", ADMIN), row(result, 1));

        Outbox.Mail notice = journey.outbox().await(ADMIN, "サーバ証明書発行通知");
        assertEquals("[UPKI] サーバ証明書発行通知", notice.subject());
        assertEquals(List.of(ADMIN), notice.to());
        String text = notice.text();
        // the RDNs verbatim between the commas of column 1, so joining the lines with ',' gives column 1 back
        assertTrue(text.contains("【対象証明書DN】\n　" + "-".repeat(45) + "\n　CN=" + WWW + "\n　 O=Example University\n"
                + "　 L=Example-shi\n　 C=JP\n　" + "-".repeat(45) + "\n"), text);
        X509Certificate certificate = certificate(firstPem(text));
        assertTrue(text.contains("【対象証明書シリアル番号】\n　" + certificate.getSerialNumber() + "\n"), text);

        Path leaf = files.resolve("www.pem");
        Files.writeString(leaf, firstPem(text));
        var verify = Openssl.openssl(files, "verify", "-CAfile", "root.pem", "-untrusted", "server-ca.pem",
                "-purpose", "sslserver", leaf.toString());
        assertEquals(0, verify.exitCode(), verify.output());
        var names = Openssl.openssl(files, "x509", "-in", leaf.toString(), "-noout", "-ext", "subjectAltName");
        assertTrue(names.output().contains("DNS:www.example.ac.jp, DNS:mail.example.ac.jp"), names.output());
        assertEquals("CN=www.example.ac.jp,O=Example University,L=Example-shi,C=JP",
                certificate.getSubjectX500Principal().getName());
        assertEquals(ServerCsr.parse(csr.pem()).orElseThrow().publicKey(), certificate.getPublicKey(), "the CSR's key");
        assertEquals(Duration.ofDays(198), Duration.between(certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant()).plusSeconds(1), "198 days: the simulated date is after 2026-03-04");

        ServerCertificateStatus status = sim.simulator().serverCertificates().status("example-u", notice.application()).orElseThrow();
        assertEquals(ApplicationState.ISSUED, status.state());
        assertEquals(certificate.getSerialNumber(), status.serial());
        String chain = sim.simulator().serverCertificates().pemChain("example-u", notice.application()).orElseThrow();
        assertEquals(firstPem(text), firstPem(chain));
        assertEquals(3, PEM.matcher(chain).results().count(), "leaf, server CA, root");
        assertFalse(clientList().contains(WWW), "the client certificate list shows no server certificate");
    }

    @Test
    void badCsrsGiveTheirRowErrorsAndNothingIsStoredWhenTheFirstChoiceAborts() {
        List<ServerCertificateStatus> before = sim.simulator().serverCertificates().list("example-u");
        String good = Csrs.rsa(files, 2048, "/CN=app.example.ac.jp").oneLine();
        String small = Csrs.rsa(files, 1024, "/CN=old.example.ac.jp").oneLine();
        String ou = Csrs.rsa(files, 2048, "/OU=Lab/CN=lab.example.ac.jp").oneLine();
        RaClient.Page result = journey.upload("1", "1", new TsvRows()
                .server(TsvRows.serverDn("app.example.ac.jp"), good, "app.example.ac.jp", "")
                .server(TsvRows.serverDn("old.example.ac.jp"), small, "old.example.ac.jp", "")
                .server(TsvRows.serverDn("lab.example.ac.jp"), ou, "lab.example.ac.jp", "")
                .server(TsvRows.serverDn("ext.example.ac.jp"), Csrs.corruptSignature(good).replace("\n", ""), "ext.example.ac.jp", "www.example.com")
                .bytes());
        assertEquals("クライアント証明書　発行・更新・失効申請エラー画面", result.heading());
        String page = result.document().text();
        assertTrue(page.contains("363:2,CSR,CSRの公開鍵（RSA 1024）は使用できません。"), page);
        assertTrue(page.contains("371:3,CSR,CSRの主体者DNにOUを含めることはできません。"), page);
        assertTrue(page.contains("362:4,CSR,CSRの署名を検証できません。"), page);
        assertTrue(page.contains("367:4,dNSName,「www.example.com」は機関のドメイン（example.ac.jp）に含まれません。"), page);
        assertEquals("OK", row(result, 1).get(1));
        assertEquals(before, sim.simulator().serverCertificates().list("example-u"), "errorFlg 1: nothing stored");

        RaClient.Page second = journey.upload("1", "2", new TsvRows()
                .server(TsvRows.serverDn("app.example.ac.jp"), good, "app.example.ac.jp", "")
                .server(TsvRows.serverDn("old.example.ac.jp"), small, "old.example.ac.jp", "").bytes());
        assertEquals(List.of("2", "NG"), row(second, 2).subList(0, 2));
        Outbox.Mail issued = journey.outbox().await(ADMIN, "サーバ証明書発行通知", mail -> mail.text().contains("CN=app.example.ac.jp"));
        assertEquals(ApplicationState.ISSUED, sim.simulator().serverCertificates().status("example-u", issued.application())
                .orElseThrow().state());
        assertTrue(sim.simulator().serverCertificates().list("example-u").stream().noneMatch(s -> s.fqdn().equals("old.example.ac.jp")));
    }

    private static List<String> row(RaClient.Page page, int seq) {
        return page.document().select("table#result tr").get(seq).select("td").stream().map(Element::text).toList();
    }

    static String firstPem(String text) {
        Matcher matcher = PEM.matcher(text.replace("\r\n", "\n"));
        assertTrue(matcher.find(), "no certificate in\n" + text);
        return matcher.group();
    }

    static X509Certificate certificate(String pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pem.getBytes()));
    }

    private static String clientList() {
        return new String(journey.ra().getBytes(NiiJourney.LRA + "/syomeiDL_S_Cli.do").body(), RaClient.SHIFT_JIS);
    }

}

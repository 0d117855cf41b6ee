package dev.upkisim.nii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.support.NiiJourney;
import dev.upkisim.support.Openssl;
import dev.upkisim.support.Outbox;
import dev.upkisim.support.RaClient;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.TsvRows;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** An RA script and a user take a client certificate from upload to P12, as in the real service (SPEC 1.2–1.4). */
class ClientCertificateJourneyTest {
    @TempDir
    static Path files;
    @RegisterExtension
    static final RunningSimulator sim = RunningSimulator.perClass();
    private static NiiJourney journey;

    @BeforeAll
    static void start() throws Exception {
        journey = new NiiJourney(sim, "example-u");
        Files.writeString(files.resolve("root.pem"), sim.rootPem());
    }

    @Test
    void theRaFollowsTheFramesetAndMenuByNameAndUploadsAShiftJisFile() {
        RaClient.Page result = journey.upload("1", "1", new TsvRows()
                .issue(TsvRows.clientDn("MIHON HANAKO", "s2601001"), 5, 1, "見本 花子", "mihon.hanako@example.ac.jp")
                .issue(TsvRows.clientDn("SHIKEN TARO", "s2601002"), 13, 1, "試験 太郎", "shiken.taro@example.ac.jp")
                .bytes());
        assertEquals(200, result.status());
        assertEquals("text/html; charset=EUC-JP", result.contentType());
        assertEquals("国立情報学研究所 電子証明書自動発行支援システム", result.document().title());
        assertEquals("クライアント証明書　発行・更新申請完了画面", result.heading());
        assertTrue(result.document().text().contains("ファイルのアップロード処理が完了しました。"));
        var header = result.document().select("table#result tr").get(0).select("th").eachText();
        assertEquals(List.of("SEQ", "処理結果", "エラー内容", "機関名", "所属名", "氏名", "メールアドレス"), header);
        var first = result.document().select("table#result tr").get(1).select("td").stream().map(org.jsoup.nodes.Element::text).toList();
        assertEquals(List.of("1", "OK", "", "架空大学", "工学部 情報工学科", "見本 花子", "mihon.hanako@example.ac.jp"), first);
        assertEquals(3, result.document().select("table#result tr").size());
    }

    @Test
    void theUserGetsTheP12ThroughPinStep1Step2Step3AndRealToolsOpenIt() throws Exception {
        String email = "journey.user@example.ac.jp";
        journey.upload("1", "1", new TsvRows()
                .issue(TsvRows.clientDn("JOURNEY USER", "s2601010"), 5, 1, "旅路 利用者", email).bytes());
        String pin = journey.fetchPin(email);
        RaClient.Page step2 = journey.step2(email, pin);
        assertEquals("【STEP2】証明書を発行", step2.heading());
        RaClient.Page step3 = journey.pressIssue(step2);
        byte[] p12 = journey.downloadP12(step3);

        Path file = files.resolve("journey.p12");
        Files.write(file, p12);
        var openssl = Openssl.openssl(files, "pkcs12", "-in", file.toString(), "-passin", "pass:" + pin, "-nokeys", "-info");
        assertEquals(0, openssl.exitCode(), openssl.output());
        assertTrue(openssl.output().contains("pbeWithSHA1And3-KeyTripleDES-CBC"), "legacy by default:\n" + openssl.output());
        assertTrue(openssl.output().contains("MAC: sha1"), openssl.output());
        assertTrue(openssl.output().contains("Passport for Member RSA CA16"), "the chain is inside:\n" + openssl.output());
        var keytool = Openssl.run(files, List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-J-Duser.language=en", "-list", "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", pin));
        assertEquals(0, keytool.exitCode(), keytool.output());
        assertTrue(keytool.output().contains("PrivateKeyEntry"), keytool.output());
        var pk12util = Openssl.run(files, List.of("pk12util", "-l", file.toString(), "-W", pin));
        assertEquals(0, pk12util.exitCode(), pk12util.output());

        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(p12), pin.toCharArray());
        X509Certificate certificate = (X509Certificate) store.getCertificate(store.aliases().nextElement());
        assertEquals("CN=JOURNEY USER,OU=s2601010,OU=Faculty of Engineering,O=Example University,L=Example-shi,C=JP",
                certificate.getSubjectX500Principal().getName());
        assertTrue(certificate.getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.2"), "clientAuth");
        Files.writeString(files.resolve("leaf.pem"), dev.upkisim.ca.Pem.certificate(certificate));
        Files.writeString(files.resolve("client-ca.pem"), sim.get(sim.http("/repo/ca/client.pem")).body());
        var verify = Openssl.openssl(files, "verify", "-CAfile", "root.pem", "-untrusted", "client-ca.pem",
                "-purpose", "sslclient", "leaf.pem");
        assertEquals(0, verify.exitCode(), verify.output());

        Outbox.Mail acquired = journey.outbox().await("ra@example.ac.jp", "クライアント証明書取得通知");
        assertTrue(acquired.to().contains("kanri.jiro@example.ac.jp"), "the admin is told too: " + acquired.to());
        assertTrue(acquired.text().contains("【対象証明書シリアル番号】\n　" + certificate.getSerialNumber()), acquired.text());

        List<String> row = listRow(certificate.getSerialNumber());
        assertEquals("5", row.get(11), "status 5 = issued (column 12)");
        assertEquals("CN=JOURNEY USER, OU=s2601010, OU=Faculty of Engineering, " + TsvRows.DN_BASE, row.get(3));
        assertEquals(email, row.get(14));
    }

    @Test
    void theCertificateUrlWorksOnlyAfterThePinWasFetchedAndEachUrlOnlyOnce() {
        String email = "order.matters@example.ac.jp";
        journey.upload("1", "1", new TsvRows()
                .issue(TsvRows.clientDn("ORDER MATTERS", "s2601011"), 14, 1, "順番 大事", email).bytes());
        String certificateUrl = journey.certificateUrl(email);
        RaClient.Page early = journey.browser().get(certificateUrl);
        assertEquals(410, early.status());
        assertTrue(early.document().text().contains("アクセスPINが取得されていない"), early.document().text());

        String pin = journey.fetchPin(email);
        RaClient.Page wrong = journey.enterPin(journey.browser().get(certificateUrl), "not-the-pin");
        assertTrue(wrong.document().text().contains("認証情報パスワードが正しくありません"), wrong.document().text());
        RaClient.Page step2 = journey.step2(email, pin);
        assertEquals("【STEP2】証明書を発行", step2.heading());
        RaClient.Page again = journey.browser().get(certificateUrl);
        assertTrue(again.document().text().contains("既に使用されています"), "the certificate URL is one-time");
    }

    @Test
    void theCertificateListIsShiftJisWithTheRealHeaderAndStatusFourWhileAwaitingDownload() {
        String email = "awaiting.list@example.ac.jp";
        journey.upload("1", "1", new TsvRows()
                .issue(TsvRows.clientDn("AWAITING LIST", "s2601012"), 5, 1, "待機 一覧", email).bytes());
        journey.certificateUrl(email);
        var response = journey.ra().getBytes(NiiJourney.LRA + "/syomeiDL_S_Cli.do");
        assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("Shift_JIS"));
        String[] lines = new String(response.body(), Charset.forName("Windows-31J")).split("\r\n");
        List<String> header = List.of(lines[0].split("\t", -1));
        assertEquals("主体者DN", header.get(3));
        assertEquals("状態", header.get(11));
        assertEquals("発行・更新申請-シリアル番号", header.get(23));
        assertTrue(header.containsAll(List.of("発行・更新申請-申請ID", "発行・更新申請-日時")));
        List<String> row = List.of(java.util.Arrays.stream(lines).filter(line -> line.contains(email)).findFirst()
                .orElseThrow().split("\t", -1));
        assertEquals("4", row.get(11), "status 4 = awaiting download");
        assertFalse(row.get(27).isEmpty(), "column 28: the URL's expiry");
    }

    @Test
    void anSmimeRowGivesACertificateNamedByTheAddressAloneForMailProtectionOnly() throws Exception {
        String email = "smime.user@example.ac.jp";
        journey.upload("1", "1", new TsvRows().issue("CN=" + email + ", OU=s2601020, OU=Faculty of Engineering, "
                + TsvRows.DN_BASE, 7, 1, "署名 利用者", email).bytes());
        String pin = journey.fetchPin(email);
        byte[] p12 = journey.downloadP12(journey.pressIssue(journey.step2(email, pin)));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(p12), pin.toCharArray());
        X509Certificate certificate = (X509Certificate) store.getCertificate(store.aliases().nextElement());
        assertEquals("CN=" + email, certificate.getSubjectX500Principal().getName());
        assertEquals(List.of("1.3.6.1.5.5.7.3.4"), certificate.getExtendedKeyUsage(), "emailProtection only");
        assertEquals(128, certificate.getSerialNumber().bitLength(), 8, "a 128-bit serial");
        assertTrue(certificate.getIssuerX500Principal().getName().contains("S/MIME"));
    }

    static List<String> listRow(BigInteger serial) {
        var response = journey.ra().getBytes(NiiJourney.LRA + "/syomeiDL_S_Cli.do");
        String tsv = new String(response.body(), Charset.forName("Windows-31J"));
        return java.util.Arrays.stream(tsv.split("\r\n")).map(line -> List.of(line.split("\t", -1)))
                .filter(fields -> fields.size() > 23 && fields.get(23).equals(serial.toString())).findFirst()
                .orElseThrow(() -> new AssertionError("no list row with serial " + serial + " in\n" + tsv));
    }

}

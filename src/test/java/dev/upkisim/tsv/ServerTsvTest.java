package dev.upkisim.tsv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.core.ApplyType;
import dev.upkisim.core.CertificateProfile;
import dev.upkisim.support.Csrs;
import dev.upkisim.support.TsvRows;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 13-column server certificate issue format (SPEC 1.2) through the validator, with openssl-made CSRs. */
class ServerTsvTest {
    private static final String WWW = "www.example.ac.jp";
    private static final String MAIL = "mail.example.ac.jp";
    @TempDir
    static Path files;
    private static String csr;

    @BeforeAll
    static void makeARequest() {
        csr = Csrs.rsa(files, 2048, "/CN=" + WWW).oneLine();
    }

    @Test
    void aServerRowIsRecognisedByItsThirteenColumnsAndProfileAndKeepsItsValues() {
        ValidationResult result = check(new TsvRows().server(TsvRows.serverDn(WWW), csr, WWW, MAIL + ", " + WWW));
        assertEquals(List.of(), errors(result));
        ServerIssueRow row = assertInstanceOf(ServerIssueRow.class, result.rows().get(0));
        assertEquals(TsvRows.serverDn(WWW), row.subjectDn());
        assertEquals(CertificateProfile.SERVER, row.profile());
        assertEquals(csr, row.csr());
        assertEquals(List.of(WWW, MAIL), row.dnsNames());
        assertEquals(new Person("管理 次郎", "情報社会基盤研究センター", "kanri.jiro@example.ac.jp"), row.admin());
        assertEquals("Apache httpd 2.4.62", row.serverSoftware());
        assertEquals("kanri.jiro@example.ac.jp", row.userEmail());
    }

    @Test
    void theCsrCellMayHoldTheBreaksAsBackslashNAndColumnThirteenMayBeEmpty() {
        String escaped = Csrs.rsa(files, 2048, "/CN=" + WWW).pem().strip().replace("\n", "\\n");
        ValidationResult result = check(new TsvRows().server(TsvRows.serverDn(WWW), escaped, WWW, ""));
        assertEquals(List.of(WWW), assertInstanceOf(ServerIssueRow.class, result.rows().get(0)).dnsNames());
    }

    @Test
    void eachCsrProblemIsARowErrorOnItsColumnInTheRealStyle() {
        String small = Csrs.rsa(files, 1024, "/CN=" + WWW).oneLine();
        String withOu = Csrs.rsa(files, 2048, "/OU=Center/CN=" + WWW).oneLine();
        ValidationResult result = check(new TsvRows()
                .server(TsvRows.serverDn(WWW), "not a csr", WWW, "")
                .server(TsvRows.serverDn("x." + WWW), Csrs.corruptSignature(csr).replace("\n", ""), "x." + WWW, "")
                .server(TsvRows.serverDn("a." + WWW), small, "a." + WWW, "")
                .server(TsvRows.serverDn("b." + WWW), withOu, "b." + WWW, "")
                .server(TsvRows.serverDn("c." + WWW), csr, "c." + WWW, ""));
        List<String> errors = errors(result);
        assertEquals("361:1,CSR,CSRを読み取れません。", errors.get(0).substring(0, errors.get(0).indexOf('。') + 1));
        assertTrue(errors.get(1).startsWith("362:2,CSR,CSRの署名を検証できません。"), errors.get(1));
        assertTrue(errors.get(2).startsWith("363:3,CSR,CSRの公開鍵（RSA 1024）は使用できません。"), errors.get(2));
        assertTrue(errors.get(3).startsWith("371:4,CSR,CSRの主体者DNにOUを含めることはできません。"), errors.get(3));
        assertEquals("365:5,CSR,CSRのCN（www.example.ac.jp）が申請するFQDNのいずれとも一致しません。", errors.get(4));
        assertEquals(5, errors.size(), String.join("\n", errors));
    }

    @Test
    void namesOutsideTheDomainsInvalidOrTooManyAreErrorsOfColumnElevenOrThirteen() {
        String foreign = Csrs.rsa(files, 2048, "/CN=www.example.com").oneLine();
        String nine = String.join(",", IntStream.rangeClosed(1, 9).mapToObj(i -> "h" + i + ".example.ac.jp").toList());
        ValidationResult result = check(new TsvRows()
                .server(TsvRows.serverDn("www.example.com"), foreign, "www.example.com", "")
                .server(TsvRows.serverDn(WWW), csr, WWW, "www.example.org")
                .server(TsvRows.serverDn("w2.example.ac.jp"), csr, "w2.example.ac.jp", WWW + " *.example.ac.jp")
                .server(TsvRows.serverDn("w3.example.ac.jp"), csr, "w3.example.ac.jp", WWW + "," + nine));
        List<String> errors = errors(result);
        assertEquals("367:1,加入者FQDN,「www.example.com」は機関のドメイン（example.ac.jp）に含まれません。", errors.get(0));
        assertEquals("367:2,dNSName,「www.example.org」は機関のドメイン（example.ac.jp）に含まれません。", errors.get(1));
        assertEquals("366:3,dNSName,ワイルドカードを含む名前（*.example.ac.jp）は申請できません。", errors.get(2));
        assertEquals("368:4,dNSName,指定できる名前はCN 1件と追加のFQDN 8件までです（指定: 11件）。", errors.get(3));
    }

    @Test
    void theDnMayHaveNoOuAndItsCnMustBeTheFqdn() {
        ValidationResult result = check(new TsvRows()
                .server("CN=" + WWW + ", OU=Center, " + TsvRows.DN_BASE, csr, WWW, "")
                .server(TsvRows.serverDn(WWW), csr, MAIL, WWW));
        assertEquals(List.of("371:1,主体者DN,主体者DNのOUが許可リストとして登録された値と一致しません。",
                "210:2,加入者FQDN,加入者FQDNが主体者DNのCNと一致しません。"), errors(result));
    }

    @Test
    void reservedColumnsRequiredColumnsAndTheProfileAreCheckedLikeClientRows() {
        String dn = TsvRows.serverDn(WWW);
        ValidationResult result = check(new TsvRows()
                .raw(String.join("\t", dn, "3", "", "1", "", "", csr, "管理 次郎", "センター", "kanri.jiro@example.ac.jp", WWW, "nginx", ""))
                .raw(String.join("\t", TsvRows.serverDn("w2.example.ac.jp"), "3", "", "", "", "", "", "", "センター",
                        "kanri+x@example.ac.jp", "w2.example.ac.jp", "", ""))
                .raw(String.join("\t", dn, "3", "", "", "", "", csr, "管理 次郎", "センター", "kanri.jiro@example.ac.jp", WWW, "nginx")));
        assertEquals(List.of("203:1,項目4,項目4は入力できない項目です。",
                "201:2,CSR,CSRは入力必須項目です。", "201:2,加入者氏名,加入者氏名は入力必須項目です。",
                "206:2,加入者E-mail,加入者E-mailはメール形式ではありません。",
                "201:2,加入者ソフトウェア名およびバージョン,加入者ソフトウェア名およびバージョンは入力必須項目です。",
                "207:3,申請データ,申請データの項目数が不正です。"), errors(result));
    }

    @Test
    void aDnTwiceInTheFileOrAlreadyInUseIs212AsForClients() {
        var registry = TsvCorpus.registry();
        registry.add("example-u", new RegisteredCertificate(java.math.BigInteger.TEN, TsvRows.serverDn(MAIL),
                CertificateProfile.SERVER, false));
        ValidationResult result = new TsvValidator(TsvCorpus.institution(), registry).validate(new TsvRows()
                .server(TsvRows.serverDn(WWW), csr, WWW, "")
                .server(TsvRows.serverDn(WWW), csr, WWW, "")
                .server(TsvRows.serverDn(MAIL), Csrs.rsa(files, 2048, "/CN=" + MAIL).oneLine(), MAIL, "").bytes(), ApplyType.ISSUE);
        assertEquals(List.of("212:2,主体者DN,指定したDNは申請ファイル内で重複しています。",
                "212:3,主体者DN,指定したDNはすでに存在しています。"), errors(result));
    }

    @Test
    void aServerFileHoldsAtMost99Rows() {
        TsvRows rows = new TsvRows();
        IntStream.rangeClosed(1, 100).forEach(i -> rows.server(TsvRows.serverDn("h" + i + ".example.ac.jp"), csr,
                "h" + i + ".example.ac.jp", ""));
        assertEquals(List.of("214:0,申請ファイル,ファイル内のレコードが指定件数を超えているため申請できません。"), errors(check(rows)));
    }

    @Test
    void aThirteenColumnLineWithAClientProfileIsAClientRowWithTheWrongColumnCount() {
        ValidationResult result = check(new TsvRows().raw(String.join("\t", TsvRows.clientDn("A B", "s1"), "5", "1",
                "", "", "", "", "管理 次郎", "センター", "kanri.jiro@example.ac.jp", "A B", "ab", "工学部")));
        assertEquals(List.of("207:1,申請データ,申請データの項目数が不正です。"), errors(result));
        ValidationResult renew = TsvCorpus.validator().validate(new TsvRows().server(TsvRows.serverDn(WWW), csr, WWW, "")
                .bytes(), ApplyType.RENEW);
        assertEquals(List.of("207:1,申請データ,申請データの項目数が不正です。"), errors(renew), "server renewal: not yet");
    }

    private static ValidationResult check(TsvRows rows) {
        return TsvCorpus.validator().validate(rows.bytes(), ApplyType.ISSUE);
    }

    private static List<String> errors(ValidationResult result) {
        return result.errors().stream().map(RowError::toString).toList();
    }
}

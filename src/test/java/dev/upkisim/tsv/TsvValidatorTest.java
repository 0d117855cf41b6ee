package dev.upkisim.tsv;

import dev.upkisim.core.ApplyType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.core.CertificateProfile;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TsvValidatorTest {
    private static final String DN = "CN=KAKU ICHIRO, OU=k2401001, O=Example University, L=Example-shi, C=JP";
    private static final String ADMIN = "管理 次郎\t情報社会基盤研究センター\tkanri.jiro@example.ac.jp";

    private static String issueRow(String dn, String profile, String method, String email, String pin) {
        return String.join("\t", dn, profile, method, "", "", "", "", ADMIN, "架空 一郎", "k2401001-2026", "工学部", email, pin);
    }

    private static ValidationResult check(TsvValidator validator, ApplyType type, String... rows) {
        return validator.validate(TsvDecoder.encode(String.join("\r\n", rows) + "\r\n"), type);
    }

    private static List<String> errors(ValidationResult result) {
        return result.errors().stream().map(RowError::toString).toList();
    }

    @Test
    void anAcceptedIssueRowHoldsTheParsedValuesAndTheDnExactlyAsGiven() {
        ValidationResult result = check(TsvCorpus.validator(), ApplyType.ISSUE,
                issueRow(DN.replace(", ", ","), "14", "2", "kaku.ichiro@example.ac.jp", "pin-1234"));
        IssueRow row = assertInstanceOf(IssueRow.class, result.rows().get(0));
        CertificateRequest request = row.request();
        assertEquals(DN.replace(", ", ","), request.subjectDn());
        assertEquals(CertificateProfile.CLIENT_25_MONTHS, request.profile());
        assertEquals(DownloadMethod.P12_BULK, request.downloadMethod());
        assertEquals(new Person("管理 次郎", "情報社会基盤研究センター", "kanri.jiro@example.ac.jp"), request.admin());
        assertEquals(new Person("架空 一郎", "工学部", "kaku.ichiro@example.ac.jp"), request.user());
        assertEquals("k2401001-2026", request.p12FileName());
        assertEquals(Optional.of("pin-1234"), request.accessPin());
    }

    @Test
    void renewAndRevokeRowsCarryTheSerialAsANumberAndTheReasonAsAnEnum() {
        RenewRow renew = assertInstanceOf(RenewRow.class, TsvCorpus.upload(Path.of("fixtures/tsv/good/renew-client.tsv")).rows().get(0));
        assertEquals(new BigInteger("170141183460469231731687303715884105727"), renew.renewedSerial());
        RevokeRow revoke = assertInstanceOf(RevokeRow.class, TsvCorpus.upload(Path.of("fixtures/tsv/good/revoke-reasons.tsv")).rows().get(0));
        assertEquals(RevocationReason.UNSPECIFIED, revoke.reason());
        assertEquals(Optional.of("修了に伴い利用終了(学籍番号変更のため再発行済み)"), revoke.comment());
        assertEquals("shiken.taro@example.ac.jp", revoke.userEmail());
    }

    @Test
    void anInactiveInstitutionCannotApplyAndNoRowIsRead() {
        TsvValidator validator = new TsvValidator(TsvCorpus.institution(), TsvCorpus.registry().deactivate("example-u"));
        ValidationResult result = check(validator, ApplyType.ISSUE, issueRow(DN, "5", "1", "kaku.ichiro@example.ac.jp", ""));
        assertEquals(List.of("215:0,申請ファイル,機関状態が無効なため申請できません。"), errors(result));
        assertEquals(List.of(), result.rows());
    }

    @Test
    void anUploadWithoutAFileIsRefusedWith208() {
        ValidationResult result = TsvCorpus.validator().validateUpload("", null, ApplyType.ISSUE);
        assertEquals(List.of("208:0,申請ファイル,指定したファイルは存在しません。"), errors(result));
    }

    @Test
    void theExtensionMayBeTsvOrTxtInAnyCase() {
        byte[] content = TsvDecoder.encode(issueRow(DN, "5", "1", "kaku.ichiro@example.ac.jp", ""));
        for (String name : List.of("a.tsv", "a.TXT", "申請.Tsv")) {
            assertTrue(TsvCorpus.validator().validateUpload(name, content, ApplyType.ISSUE).allValid(), name);
        }
        assertEquals(TsvErrors.BAD_EXTENSION, TsvCorpus.validator().validateUpload("a.tsv.xlsx", content, ApplyType.ISSUE)
                .fileErrors().get(0).code());
    }

    @Test
    void offlineTheChecksAgainstIssuedCertificatesAreSkippedAndSaidToBe() {
        TsvValidator offline = new TsvValidator(TsvCorpus.institution(), CertificateRegistry.OFFLINE);
        ValidationResult result = offline.validate(TsvCorpus.bytes(Path.of("fixtures/tsv/bad/revoke-unknown-serial.tsv")), ApplyType.REVOKE);
        assertTrue(result.allValid());
        assertFalse(result.registryChecked());
        assertTrue(TsvCorpus.upload(Path.of("fixtures/tsv/good/revoke-reasons.tsv")).registryChecked());
    }

    @Test
    void aRevokedCertificatesDnMayBeIssuedAgain() {
        String revokedDn = "CN=TOUROKU SABURO, OU=Research Center for Advanced Computing Infrastructure, "
                + "O=Example University, L=Example-shi, C=JP";
        assertTrue(check(TsvCorpus.validator(), ApplyType.ISSUE, issueRow(revokedDn, "5", "1", "t@example.ac.jp", "")).allValid());
    }

    @Test
    void aRowInErrorOfItsOwnIsNotAlsoCheckedAgainstIssuedCertificates() {
        String issuedDn = "CN=MIHON HANAKO, OU=s2301001, OU=Graduate School of Advanced Science and Technology, "
                + "O=Example University, L=Example-shi, C=JP";
        assertEquals(List.of("206:1,利用者メールアドレス,利用者メールアドレスはメール形式ではありません。"),
                errors(check(TsvCorpus.validator(), ApplyType.ISSUE, issueRow(issuedDn, "5", "1", "mihon@", ""))));
    }

    @Test
    void theSmimeCommonNameIsComparedWithTheUserAddressIgnoringCase() {
        String dn = "CN=Kaku.Ichiro@Example.ac.jp, O=Example University, L=Example-shi, C=JP";
        assertTrue(check(TsvCorpus.validator(), ApplyType.ISSUE, issueRow(dn, "7", "1", "kaku.ichiro@example.ac.jp", "")).allValid());
    }

    @Test
    void aValidRowDoesNotHideTheErrorsOfTheOthersAndEveryRowIsReported() {
        ValidationResult result = check(TsvCorpus.validator(), ApplyType.ISSUE,
                issueRow(DN, "5", "1", "kaku.ichiro@example.ac.jp", ""), issueRow(DN.replace("k2401001", "k2"), "6", "1", "x@example.ac.jp", ""));
        assertEquals(List.of(1, 2), result.rows().stream().map(RowResult::row).toList());
        assertEquals(1, result.accepted().size());
        assertEquals(List.of("203:2,証明書プロファイルID,証明書プロファイルIDは指定できない値です。"), errors(result));
    }

    @Test
    void aSerialOfAnotherInstitutionIsNotFound() {
        InMemoryCertificateRegistry registry = new InMemoryCertificateRegistry().add("other-u",
                new RegisteredCertificate(BigInteger.TEN, DN, CertificateProfile.CLIENT_48_MONTHS, false));
        String revoke = String.join("\t", DN, "", "", "10", "5", "", "", "", "", "kanri.jiro@example.ac.jp", "", "", "", "k@example.ac.jp");
        assertEquals(List.of("216:1,失効対象証明書シリアル番号,指定したシリアル番号の証明書は存在しません。"),
                errors(check(new TsvValidator(TsvCorpus.institution(), registry), ApplyType.REVOKE, revoke)));
    }

    @Test
    void aFileOverTheRowLimitIsRefusedWholeAndOneAtTheLimitIsRead() {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= TsvDecoder.DEFAULT_MAX_ROWS + 1; i++) {
            rows.append(issueRow(DN.replace("k2401001", "k" + (2400000 + i)), "5", "1", "kaku.ichiro@example.ac.jp", ""))
                    .append("\r\n");
        }
        byte[] overLimit = TsvDecoder.encode(rows.toString());
        ValidationResult refused = TsvCorpus.validator().validateUpload("huge.tsv", overLimit, ApplyType.ISSUE);
        assertEquals(List.of("214:0,申請ファイル,ファイル内のレコードが指定件数を超えているため申請できません。"), errors(refused));
        assertEquals(List.of(), UploadDecision.decide(refused, ErrorPolicy.PROCESS_VALID).toProcess());

        TsvValidator roomy = new TsvValidator(TsvCorpus.institution(), TsvCorpus.registry(), TsvDecoder.DEFAULT_MAX_ROWS + 1);
        assertEquals(TsvDecoder.DEFAULT_MAX_ROWS + 1, roomy.validate(overLimit, ApplyType.ISSUE).accepted().size());
    }
}

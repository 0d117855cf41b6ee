package dev.upkisim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TsvCheckCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> results() {
        return out.toString(StandardCharsets.UTF_8).lines().filter(line -> !line.startsWith("#")).toList();
    }

    private String summary() {
        return String.join("\n", out.toString(StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("#")).toList());
    }

    @Test
    void aGoodFilePrintsOkForEveryRowAndExitsWith0() {
        assertEquals(0, run("tsv", "check", "fixtures/tsv/good/issue-client-students.tsv"));
        assertEquals(List.of("1\tOK", "2\tOK", "3\tOK"), results());
        assertTrue(summary().contains("as issue (applyType 1) for example-u: 3 rows, 3 OK, 0 NG"), summary());
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aBadRowPrintsNgWithTheRealErrorLineInUtf8AndExitsWith1() {
        assertEquals(1, run("tsv", "check", "fixtures/tsv/bad/issue-duplicate-dn.tsv"));
        assertEquals(List.of("1\tOK", "2\tOK", "3\tNG\t212:3,主体者DN,指定したDNは申請ファイル内で重複しています。"), results());
        assertTrue(summary().contains("process 0 rows with errorFlg's first choice"), summary());
        assertTrue(summary().contains("2 with the second"), summary());
    }

    @Test
    void severalErrorsOfOneRowShareItsLineSeparatedByTabs() {
        assertEquals(1, run("tsv", "check", "--apply-type", "revoke", "fixtures/tsv/bad/revoke-bad-reason.tsv"));
        assertEquals(List.of("1\tNG\t203:1,失効理由,失効理由は指定できない値です。",
                "2\tNG\t204:2,失効対象証明書シリアル番号,失効対象証明書シリアル番号は半角数字以外の文字が含まれています。"
                        + "\t204:2,失効理由,失効理由は半角数字以外の文字が含まれています。"), results());
    }

    @Test
    void offlineTheChecksAgainstIssuedCertificatesAreSkippedAndTheSummarySaysSo() {
        assertEquals(0, run("tsv", "check", "--apply-type=revoke", "fixtures/tsv/bad/revoke-unknown-serial.tsv"));
        assertEquals(List.of("1\tOK"), results());
        assertTrue(summary().contains("offline: no store, so the checks against issued certificates (212"), summary());
    }

    @Test
    void aFileLevelErrorIsPrintedAsSeq0() {
        assertEquals(1, run("tsv", "check", "fixtures/tsv/bad/issue-empty.tsv"));
        assertEquals(List.of("0\tNG\t213:0,申請ファイル,申請ファイルに入力がありません。"), results());
        assertTrue(summary().contains("the file is refused, no row was read"), summary());
    }

    @Test
    void aMissingFileAndAWrongExtensionAreReportedAsTheUploadWould(@TempDir Path directory) throws IOException {
        assertEquals(1, run("tsv", "check", directory.resolve("nothing.tsv").toString()));
        assertEquals(List.of("0\tNG\t208:0,申請ファイル,指定したファイルは存在しません。"), results());
        out.reset();
        Path csv = Files.copy(Path.of("fixtures/tsv/good/issue-client-students.tsv"), directory.resolve("students.csv"));
        assertEquals(1, run("tsv", "check", csv.toString()));
        assertEquals(List.of("0\tNG\t209:0,申請ファイル,指定したファイルの拡張子が不正です。"), results());
    }

    @Test
    void theRowLimitCanBeSetOnTheCommandLine() {
        assertEquals(1, run("tsv", "check", "--max-rows", "2", "fixtures/tsv/good/issue-client-students.tsv"));
        assertEquals(List.of("0\tNG\t214:0,申請ファイル,ファイル内のレコードが指定件数を超えているため申請できません。"), results());
    }

    @Test
    void badUsageExitsWith2AndSaysWhatIsWrong() {
        assertEquals(2, run("tsv", "check", "--apply-type", "cancel", "fixtures/tsv/good/issue-client-students.tsv"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--apply-type must be issue, renew or revoke, not 'cancel'"));
        err.reset();
        assertEquals(2, run("tsv", "check", "--institution", "nowhere-u", "fixtures/tsv/good/issue-client-students.tsv"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no institution 'nowhere-u' in the fixtures; known: example-u"));
        assertEquals(2, run("tsv", "check"));
        assertEquals(2, run("tsv"));
        assertEquals(2, run("tsv", "lint", "x.tsv"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpDescribesTheCheckAndTheServeHelpPointsToIt() {
        assertEquals(0, run("tsv", "check", "--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("--apply-type=issue|renew|revoke"), help);
        assertTrue(help.contains("--institution=ID"), help);
        out.reset();
        assertEquals(0, run("serve", "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("upki-sim tsv check FILE"));
    }
}

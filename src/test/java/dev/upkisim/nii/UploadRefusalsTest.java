package dev.upkisim.nii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.upkisim.support.NiiJourney;
import dev.upkisim.support.RaClient;
import dev.upkisim.support.RunningSimulator;
import dev.upkisim.support.TsvRows;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input through the upload page changes nothing (SPEC 4): every broken file of fixtures/tsv/bad is refused
 * with exactly its expected errors on the EUC-JP error page, and neither an application nor a mail results.
 */
class UploadRefusalsTest {
    @RegisterExtension
    static final RunningSimulator sim = RunningSimulator.perClass();
    private static NiiJourney journey;

    @BeforeAll
    static void start() {
        journey = new NiiJourney(sim, "example-u");
    }

    /** The issue files whose errors do not depend on certificates issued before (fixtures/tsv/issued.tsv). */
    static Stream<Path> badIssueFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("fixtures", "tsv", "bad"))) {
            return files.filter(file -> file.getFileName().toString().matches("issue-.*\\.tsv"))
                    .filter(file -> !file.getFileName().toString().contains("already-issued")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badIssueFiles")
    void aBrokenFileIsRefusedWithItsExpectedErrorsAndNothingIsStored(Path file) throws IOException {
        int mailsBefore = journey.outbox().all().size();
        List<String> rowsBefore = applicationRows();
        List<String> expected = Files.readAllLines(Path.of(file.toString().replace(".tsv", ".expected")),
                StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
        RaClient.Page page = journey.upload("1", "1", Files.readAllBytes(file));
        assertEquals(200, page.status());
        assertEquals("クライアント証明書　発行・更新・失効申請エラー画面", page.heading());
        assertEquals(expected, errorsOn(page));
        assertEquals(rowsBefore, applicationRows(), "no application was stored");
        assertEquals(mailsBefore, journey.outbox().all().size(), "no mail was sent");
    }

    @Test
    void aFileOverTheRowLimitIsRefusedAsAWhole() {
        TsvRows rows = new TsvRows();
        for (int i = 1; i <= 1001; i++) {
            rows.issue(TsvRows.clientDn("BULK USER " + i, String.format("b%07d", i)), 5, 1, "大量 利用者", "bulk" + i + "@example.ac.jp");
        }
        List<String> before = applicationRows();
        RaClient.Page page = journey.upload("1", "2", rows.bytes());
        assertTrue(errorsOn(page).stream().anyMatch(error -> error.startsWith("214:0,")), errorsOn(page).toString());
        assertEquals(before, applicationRows());
    }

    @Test
    void withTheFirstErrorChoiceOneBadRowStopsTheWholeFileAndWithTheSecondTheGoodRowsGoThrough() {
        byte[] mixed = new TsvRows()
                .issue(TsvRows.clientDn("GOOD ROW", "s2603001"), 5, 1, "良い 行", "good.row@example.ac.jp")
                .issue(TsvRows.clientDn("BAD ROW", "s2603002"), 99, 1, "悪い 行", "bad.row@example.ac.jp").bytes();
        List<String> before = applicationRows();
        RaClient.Page aborted = journey.upload("1", "1", mixed);
        assertTrue(aborted.document().text().contains("処理を中止しました"), aborted.document().text());
        assertEquals(before, applicationRows());

        RaClient.Page partly = journey.upload("1", "2", mixed);
        assertTrue(partly.document().text().contains("ファイルのアップロード処理が完了しました。"));
        assertEquals("NG", partly.document().select("table#result tr").get(2).select("td").get(1).text());
        journey.certificateUrl("good.row@example.ac.jp");
        assertEquals(before.size() + 1, applicationRows().size(), "only the good row became an application");
    }

    @Test
    void anUnknownSerialCannotBeRevokedOrRenewed() {
        RaClient.Page revoke = journey.upload("3", "1", new TsvRows().revoke(TsvRows.clientDn("NOBODY", "s0000000"),
                new java.math.BigInteger("123456789"), 1, "", "nobody@example.ac.jp").bytes());
        assertEquals("クライアント証明書　発行・更新・失効申請エラー画面", revoke.heading());
        assertTrue(errorsOn(revoke).stream().anyMatch(error -> error.startsWith("216:1,")), errorsOn(revoke).toString());
    }

    @Test
    void aMissingFileOrBadFormFieldsGetTheErrorPage() {
        RaClient.Page noType = journey.ra().upload(NiiJourney.LRA + "/SP1011.do", "9", "1", "a.tsv", "x".getBytes());
        assertEquals("クライアント証明書　発行・更新・失効申請エラー画面", noType.heading());
        RaClient.Page notTsv = journey.upload("1", "1", new byte[0]);
        assertTrue(errorsOn(notTsv).stream().anyMatch(error -> error.startsWith("213:0,")), errorsOn(notTsv).toString());
    }

    private static List<String> errorsOn(RaClient.Page page) {
        List<String> errors = new ArrayList<>();
        for (Element paragraph : page.document().select("p.error")) {
            if (paragraph.text().matches("\\d{3}:\\d+,.*")) {
                errors.add(paragraph.text());
            }
        }
        for (Element row : page.document().select("table#result tr")) {
            if (row.select("td").size() > 2) {
                for (var node : row.select("td").get(2).childNodes()) {
                    if (node instanceof TextNode text && !text.text().isBlank()) {
                        errors.add(text.text().trim());
                    }
                }
            }
        }
        return errors;
    }

    private static List<String> applicationRows() {
        String tsv = new String(journey.ra().getBytes(NiiJourney.LRA + "/syomeiDL_S_Cli.do").body(), TsvRows.CP932);
        return Stream.of(tsv.split("\r\n")).skip(1).filter(line -> !line.isBlank()).toList();
    }
}

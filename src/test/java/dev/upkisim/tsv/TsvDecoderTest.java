package dev.upkisim.tsv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TsvDecoderTest {
    private final TsvDecoder decoder = new TsvDecoder();

    private static byte[] cp932(String text) {
        return TsvDecoder.encode(text);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"工学部 第①研究室", "ｶﾘ ﾀﾛｳ", "髙橋 﨑子", "～∥－￢", "Ⅲ号館 ㈱架空"})
    void cp932CharactersOutsidePlainShiftJisDecodeToTheSameText(String text) {
        DecodedFile file = decoder.decode(cp932("a\t" + text + "\r\n"));
        assertEquals(List.of("a", text), file.lines().get(0).fields());
        assertEquals(Set.of(), file.lines().get(0).undecodable());
    }

    @Test
    void bytesThatAreNotCp932MakeOnlyTheirColumnUndecodable() {
        byte[] line = concat(cp932("CN=A\t"), "山田 太郎".getBytes(StandardCharsets.UTF_8), cp932("\t見本 花子\r\n"));
        TsvLine decoded = decoder.decode(line).lines().get(0);
        assertEquals(Set.of(2), decoded.undecodable());
        assertEquals("見本 花子", decoded.fields().get(2));
    }

    @Test
    void aUtf8ByteOrderMarkIsNotShiftJisAndSpoilsTheFirstColumn() {
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, cp932("CN=A\tb\r\n"));
        assertEquals(Set.of(1), decoder.decode(withBom).lines().get(0).undecodable());
    }

    @Test
    void aNulByteRefusesTheWholeFileAsBinary() {
        DecodedFile file = decoder.decode(concat(cp932("a\tb\r\n"), new byte[] {0}, cp932("c\r\n")));
        assertEquals("211:0,申請ファイル,申請ファイルがテキスト形式ではありません。", file.fileError().orElseThrow().toString());
        assertEquals(List.of(), file.lines());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\r\n", "\n\n", "\r\n\r\n\r\n"})
    void aFileWithoutAnyTextHasNoInput(String content) {
        assertEquals(TsvErrors.NO_INPUT, decoder.decode(cp932(content)).fileError().orElseThrow().code());
    }

    @Test
    void theFinalLineBreakIsOptionalAndCrlfEqualsLf() {
        List<TsvLine> expected = decoder.decode(cp932("a\tb\r\nc\td\r\n")).lines();
        assertEquals(expected, decoder.decode(cp932("a\tb\r\nc\td")).lines());
        assertEquals(expected, decoder.decode(cp932("a\tb\nc\td\n")).lines());
        assertEquals(2, expected.size());
    }

    @Test
    void aBlankLineIsARowSoRowNumbersMatchTheEditorsLineNumbers() {
        List<TsvLine> lines = decoder.decode(cp932("a\r\n\r\nb\r\n\r\n")).lines();
        assertEquals(List.of(1, 2, 3, 4), lines.stream().map(TsvLine::row).toList());
        assertEquals(List.of(""), lines.get(1).fields());
    }

    @Test
    void tabsSplitColumnsAndEmptyColumnsAreKept() {
        assertEquals(List.of("a", "", "", "b", ""), decoder.decode(cp932("a\t\t\tb\t")).lines().get(0).fields());
    }

    @Test
    void exactlyTheMaximumNumberOfRowsIsAcceptedAndOneMoreIsRefused() {
        TsvDecoder small = new TsvDecoder(3);
        assertEquals(Optional.empty(), small.decode(cp932("a\nb\nc\n")).fileError());
        assertEquals("214:0,申請ファイル,ファイル内のレコードが指定件数を超えているため申請できません。",
                small.decode(cp932("a\nb\nc\nd\n")).fileError().orElseThrow().toString());
    }

    @Test
    void theDefaultMaximumIsAThousandRows() {
        String row = "x\r\n";
        assertTrue(decoder.decode(cp932(row.repeat(1000))).fileError().isEmpty());
        assertEquals(TsvErrors.TOO_MANY_RECORDS, decoder.decode(cp932(row.repeat(1001))).fileError().orElseThrow().code());
    }

    @Test
    void aMaximumBelowOneIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> new TsvDecoder(0));
    }
}

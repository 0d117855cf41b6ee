package dev.upkisim.tsv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TsvCorpusTest {

    static Stream<Path> goodFiles() throws IOException {
        return TsvCorpus.files("good");
    }

    static Stream<Path> badFiles() throws IOException {
        return TsvCorpus.files("bad");
    }

    static Stream<Path> allFiles() throws IOException {
        return Stream.concat(goodFiles(), badFiles());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodFiles")
    void everyRowOfAGoodFileIsAccepted(Path file) {
        ValidationResult result = TsvCorpus.upload(file);
        assertEquals(List.of(), result.errors().stream().map(RowError::toString).toList(), file.toString());
        assertFalse(result.accepted().isEmpty(), file.toString());
        assertTrue(result.allValid());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileGivesExactlyItsExpectedErrorLines(Path file) {
        ValidationResult result = TsvCorpus.upload(file);
        assertEquals(TsvCorpus.expected(file), result.errors().stream().map(RowError::toString).toList(), file.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allFiles")
    void lineFeedsAloneGiveTheSameResultAsCrlf(Path file) {
        byte[] crlf = TsvCorpus.bytes(file);
        ValidationResult withCrlf = TsvCorpus.upload(file);
        ValidationResult withLf = TsvCorpus.validator().validateUpload(file.getFileName().toString(), withoutCarriageReturns(crlf),
                TsvCorpus.applyType(file));
        assertEquals(withCrlf, withLf);
    }

    @Test
    void theCorpusHasAFileForEveryFailureTheUploadChecks() throws IOException {
        List<String> codes = badFiles().flatMap(file -> TsvCorpus.expected(file).stream())
                .map(line -> line.substring(0, 3)).distinct().sorted().toList();
        assertEquals(List.of("201", "202", "203", "204", "205", "206", "207", "209", "210", "211", "212", "213",
                "216", "217", "218"), codes);
    }

    @Test
    void everyBadFileSaysWhatItExpects() throws IOException {
        badFiles().forEach(file -> assertFalse(TsvCorpus.expected(file).isEmpty(), file.toString()));
    }

    private static byte[] withoutCarriageReturns(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < content.length; i++) {
            if (!(content[i] == '\r' && i + 1 < content.length && content[i + 1] == '\n')) {
                out.write(content[i]);
            }
        }
        return out.toByteArray();
    }
}

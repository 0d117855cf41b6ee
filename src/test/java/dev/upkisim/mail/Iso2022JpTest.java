package dev.upkisim.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Iso2022JpTest {
    private static final Charset JIS = Iso2022Jp.CHARSET;

    @Test
    void japaneseTextEncodesToSevenBitWithEveryKanjiRunClosedBeforeTheLineBreak() {
        byte[] bytes = Iso2022Jp.encode(Iso2022Jp.check("【対象証明書DN】\r\n　CN=a\r\n", Iso2022Jp.Unmappable.REJECT, "body"));

        for (byte b : bytes) {
            assertTrue(b >= 0, "7bit only");
        }
        String seen = ReadBack.latin1(bytes);
        assertTrue(seen.contains("\u001b(B\r\n"), "back to ASCII before CRLF (RFC 1468): " + seen);
        assertEquals("【対象証明書DN】\r\n　CN=a\r\n", new String(bytes, JIS));
    }

    @ParameterizedTest(name = "CP932 {0} is sent as the JIS character {1}")
    @CsvSource({"～,〜", "∥,‖", "－,−", "￠,¢", "￡,£", "￢,¬", "―,—", "ｶﾞｲﾄﾞ,ガイド", "ｱｲｳ,アイウ", "¥,￥", "ﾟ,゜"})
    void cp932LookAlikesAndHalfWidthKatakanaAreFoldedToJisX0208(String cp932, String jis) {
        String checked = Iso2022Jp.check(cp932, Iso2022Jp.Unmappable.REJECT, "body");

        assertEquals(jis, checked);
        assertEquals(jis, new String(Iso2022Jp.encode(checked), JIS));
        assertTrue(ReadBack.latin1(Iso2022Jp.encode(checked)).startsWith("\u001b$B"), "JIS X 0208, not JIS X 0201");
    }

    @ParameterizedTest(name = "{0} is refused by default")
    @CsvSource({"①", "㈱", "髙", "﨑", "😀"})
    void charactersOutsideJisX0208AreRefusedWithAClearMessage(String outside) {
        var error = assertThrows(UnencodableTextException.class,
                () -> Iso2022Jp.check("利用者 " + outside + " 様", Iso2022Jp.Unmappable.REJECT, "subject"));

        assertEquals("subject", error.where());
        assertEquals(outside.codePointAt(0), error.codePoint());
        assertTrue(error.getMessage().contains("'" + outside + "'") && error.getMessage().contains("JIS X 0208"),
                error.getMessage());
    }

    @Test
    void charactersOutsideJisX0208BecomeGetaMarksWhenTheCallerAsksForReplacement() {
        assertEquals("〓田 〓様", Iso2022Jp.check("髙田 😀様", Iso2022Jp.Unmappable.REPLACE, "body"));
    }

    @Test
    void theEscapeCharacterIsRefusedEvenWhenReplacingBecauseItWouldCorruptTheEncoding() {
        assertThrows(UnencodableTextException.class,
                () -> Iso2022Jp.check("a\u001b$Bb", Iso2022Jp.Unmappable.REPLACE, "body"));
    }

    @Test
    void asciiStaysAsciiByteForByte() {
        assertArrayEquals("CN=x,C=JP\r\n".getBytes(JIS), Iso2022Jp.encode("CN=x,C=JP\r\n"));
    }
}

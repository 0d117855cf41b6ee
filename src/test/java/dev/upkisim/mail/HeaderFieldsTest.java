package dev.upkisim.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeUtility;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderFieldsTest {
    private static final String LONG_SUBJECT =
            "[UPKI] クライアント証明書失効完了通知 / [UPKI] client certificate revocation completion notification";

    @Test
    void aLongSubjectIsSplitIntoEncodedWordsThatEachDecodeOnTheirOwnAndJoinToTheText() throws Exception {
        List<String> words = HeaderFields.encodedWords(LONG_SUBJECT);

        assertTrue(words.size() > 1);
        StringBuilder joined = new StringBuilder();
        for (String word : words) {
            assertTrue(word.matches("=\\?ISO-2022-JP\\?B\\?[A-Za-z0-9+/=]+\\?="), word);
            assertTrue(word.length() <= 75, "RFC 2047 2: " + word.length());
            joined.append(MimeUtility.decodeWord(word));
        }
        assertEquals(LONG_SUBJECT, joined.toString());
    }

    @Test
    void theSubjectFieldIsFoldedWithinSeventyEightCharactersAndUnfoldsToTheText() throws Exception {
        String field = HeaderFields.unstructured("Subject", LONG_SUBJECT);

        for (String line : field.split("\r\n")) {
            assertTrue(line.length() <= 78, line);
        }
        String value = field.substring("Subject: ".length()).replace("\r\n", "");
        assertEquals(LONG_SUBJECT, MimeUtility.decodeText(MimeUtility.unfold(value)));
    }

    @Test
    void aJapaneseDisplayNameIsOneEncodedWordOnTheLineOfTheAddress() {
        String field = HeaderFields.mailbox("From", "CAサポートセンター", "ca-support@ml.secom-sts.co.jp");

        assertTrue(field.matches("From: =\\?ISO-2022-JP\\?B\\?\\S+\\?= <ca-support@ml\\.secom-sts\\.co\\.jp>\r\n"), field);
    }

    @Test
    void anAsciiDisplayNameIsQuotedAndAPlainAsciiSubjectIsLeftAsItIs() {
        assertEquals("From: \"Support \\\"desk\\\"\" <a@example.ac.jp>\r\n",
                HeaderFields.mailbox("From", "Support \"desk\"", "a@example.ac.jp"));
        assertEquals("Subject: [UPKI] test\r\n", HeaderFields.unstructured("Subject", "[UPKI] test"));
    }

    @Test
    void manyRecipientsAreFoldedBetweenAddresses() {
        List<String> many = java.util.stream.IntStream.range(0, 8).mapToObj(i -> "user" + i + "@example.ac.jp").toList();

        String field = HeaderFields.addressList("To", many);

        assertTrue(field.split("\r\n").length > 1);
        for (String line : field.split("\r\n")) {
            assertTrue(line.length() <= 78, line);
        }
        assertEquals(String.join(", ", many), field.substring(4).replace("\r\n", "").trim());
    }
}

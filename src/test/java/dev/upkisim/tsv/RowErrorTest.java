package dev.upkisim.tsv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RowErrorTest {

    @Test
    void anErrorPrintsAsCodeRowFieldMessageLikeTheRealErrorPage() {
        assertEquals("212:1,主体者DN,指定したDNはすでに存在しています。", TsvErrors.dnExists(1).toString());
    }

    @Test
    void theGenericMessagesNameTheColumnInTheRealWording() {
        assertEquals("201:4,利用者氏名,利用者氏名は入力必須項目です。", TsvErrors.required(4, Column.USER_NAME).toString());
        assertEquals("202:2,主体者DN,主体者DNは250桁以内で入力してください。", TsvErrors.tooLong(2, Column.SUBJECT_DN).toString());
        assertEquals("205:1,失効理由コメント,失効理由コメントは不正な文字が含まれています。",
                TsvErrors.invalidCharacters(1, Column.REVOCATION_COMMENT).toString());
    }

    @Test
    void rowZeroMeansTheFileAsAWhole() {
        assertTrue(TsvErrors.noInput().fileLevel());
        assertFalse(TsvErrors.dnExists(1).fileLevel());
    }
}

package dev.upkisim.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DnLinesTest {

    @Test
    void aTsvDnSplitsIntoItsRdnsInItsOwnOrder() {
        assertEquals(List.of("CN=hanako001", "OU=001", "OU=Example Information Center", "O=Example University",
                        "L=Academe", "C=JP"),
                DnLines.split("CN=hanako001,OU=001,OU=Example Information Center,O=Example University,L=Academe,C=JP"));
    }

    @Test
    void escapedAndQuotedCommasDoNotSplitAndPlusSignsKeepMultiValuedRdnsTogether() {
        assertEquals(List.of("CN=Suzuki\\, Ichiro", "OU=a\\2Cb", "O=\"Example, Inc.\"", "CN=x+UID=y", "C=JP"),
                DnLines.split("CN=Suzuki\\, Ichiro,OU=a\\2Cb,O=\"Example, Inc.\",CN=x+UID=y,C=JP"));
    }

    @ParameterizedTest(name = "joining the lines of \"{0}\" with ',' gives it back")
    @ValueSource(strings = {"CN=a,O=Example University,C=JP", "CN=a, O=Example University, C=JP",
            "CN=Suzuki\\, Ichiro,O=Example University,C=JP", "E=user@example.ac.jp", "CN=a\\\\,C=JP"})
    void theLinesJoinBackToTheExactTsvText(String dn) {
        assertEquals(dn, String.join(",", DnLines.split(dn)));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "CN=a,,C=JP", "CN=a,C=JP,", "CN=\"open,C=JP", "CN=a\\", "CN=a\nC=JP", "CN=a\tb",
            "CN=山田\u3000太郎,C=JP", "novalue,C=JP"})
    void aDnTheBlocksCannotCarryIsRefusedWithAReason(String dn) {
        var error = assertThrows(IllegalArgumentException.class, () -> DnLines.split(dn));

        assertTrue(error.getMessage().contains("DN"), error.getMessage());
    }
}

package dev.upkisim.ca;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DnsNameTest {

    @ParameterizedTest(name = "{0} valid: {1}")
    @CsvSource({
            "www.example.ac.jp, true",
            "WWW.Example.AC.JP, true",
            "xn--r8jz45g.example.ac.jp, true",
            "a-b.example.ac.jp, true",
            "localhost, false",
            "-a.example.ac.jp, false",
            "a-.example.ac.jp, false",
            "a..example.ac.jp, false",
            "www.example.ac.jp., false",
            "under_score.example.ac.jp, false",
            "*.example.ac.jp, false",
            "10.0.0.1, false",
            "'', false",
    })
    void followsTheLdhSyntaxWithoutWildcardsOrAddresses(String name, boolean valid) {
        assertEquals(valid, DnsName.isValid(name));
    }

    @ParameterizedTest(name = "{0} within example.ac.jp: {1}")
    @CsvSource({
            "www.example.ac.jp, true",
            "example.ac.jp, true",
            "a.b.EXAMPLE.ac.jp, true",
            "badexample.ac.jp, false",
            "www.example.ac.jp.evil.jp, false",
            "ac.jp, false",
    })
    void isWithinADomainOnlyOnALabelBoundary(String name, boolean within) {
        assertEquals(within, DnsName.isWithin(name, List.of("example.ac.jp")));
    }
}

package dev.upkisim.tsv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubjectDnTest {
    private static final String BASE = "O=Example University, L=Example-shi, C=JP";

    @ParameterizedTest
    @ValueSource(strings = {
            "CN=KOKURITSU HANAKO,OU=s2301001,OU=Cyber Science,O=Example University,L=Example-shi,C=JP",
            "CN=KAKU ICHIRO, O=Example University, L=Example-shi, C=JP",
            "CN=O'HARA (KEN) JR., OU=Dept. 1/2: A=B, O=Example University, L=Example-shi, C=JP",
            "CN=kari.taro@example.ac.jp, OU=Faculty of Engineering, O=Example University, L=Example-shi, C=JP",
            "CN=YAMADA, TARO, OU=k1, O=Example University, L=Example-shi, ST=Ishikawa, C=JP",
            "CN=under_score, O=Example University, L=Example-shi, C=JP"})
    void aDnWrittenCnFirstInTheAllowedCharactersIsAccepted(String text) {
        assertTrue(SubjectDn.parse(text).isPresent(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "KAKU ICHIRO",
            "OU=k1, CN=KAKU ICHIRO, O=Example University, L=Example-shi, C=JP",
            "CN=KAKU ICHIRO, O=Example University, L=Example-shi, C=US",
            "CN=KAKU ICHIRO, O=Example University, C=JP",
            "CN=KAKU ICHIRO, O=Example University, L=Example-shi",
            "C=JP, L=Example-shi, O=Example University, CN=KAKU ICHIRO",
            "CN=KAKU ICHIRO, CN=OTHER, O=Example University, L=Example-shi, C=JP",
            "CN=KAKU ICHIRO, E=kaku@example.ac.jp, O=Example University, L=Example-shi, C=JP",
            "cn=KAKU ICHIRO, O=Example University, L=Example-shi, C=JP",
            "CN=架空 一郎, O=Example University, L=Example-shi, C=JP",
            "CN=KAKU+ICHIRO, O=Example University, L=Example-shi, C=JP",
            "CN=KAKU ICHIRO, OU=a@b, O=Example University, L=Example-shi, C=JP",
            "CN=KAKU ICHIRO, OU=a_b, O=Example University, L=Example-shi, C=JP",
            "CN=, O=Example University, L=Example-shi, C=JP",
            "CN= KAKU, O=Example University, L=Example-shi, C=JP",
            "CN=KAKU ICHIRO, O=Example University, L=Example-shi, C=JP, ST=Ishikawa"})
    void aDnOutOfOrderOrWithCharactersNotAllowedIsRefused(String text) {
        assertFalse(SubjectDn.parse(text).isPresent(), text);
    }

    @Test
    void theTextIsKeptExactlyAsWrittenAndTheCommonNameMayHoldCommas() {
        String text = "CN=YAMADA, TARO,OU=k1, O=Example University,L=Example-shi, C=JP";
        SubjectDn dn = SubjectDn.parse(text).orElseThrow();
        assertEquals(text, dn.text());
        assertEquals("YAMADA, TARO", dn.commonName());
    }

    @Test
    void spacingAfterCommasAndLetterCaseDoNotMakeADifferentDn() {
        SubjectDn spaced = SubjectDn.parse("CN=KAKU ICHIRO, OU=k1, " + BASE).orElseThrow();
        SubjectDn tight = SubjectDn.parse("CN=Kaku Ichiro,OU=k1,O=Example University,L=Example-shi,C=JP").orElseThrow();
        assertEquals(spaced.canonical(), tight.canonical());
    }

    @Test
    void aDnBelongsToTheInstitutionWhoseOrganizationLocalityAndCountryItCarries() {
        assertTrue(SubjectDn.parse("CN=A, OU=k1, " + BASE).orElseThrow().belongsTo(BASE));
        assertTrue(SubjectDn.parse("CN=A,O=EXAMPLE UNIVERSITY,L=Example-shi,C=JP").orElseThrow().belongsTo(BASE));
        assertFalse(SubjectDn.parse("CN=A, O=Other University, L=Example-shi, C=JP").orElseThrow().belongsTo(BASE));
        assertFalse(SubjectDn.parse("CN=A, O=Example University, L=Example-shi, ST=Ishikawa, C=JP").orElseThrow().belongsTo(BASE));
    }
}

package dev.upkisim.workflow.quirks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The list of quirks (issue 5 item 4): each documented, each faithful unless switched. */
class QuirkRegistryTest {

    @ParameterizedTest
    @EnumSource(Quirk.class)
    void everyQuirkSaysWhatItDoesInBothLanguagesAndWhereTheRealBehaviourIsDocumented(Quirk quirk) {
        assertTrue(quirk.id().matches("[a-z][A-Za-z0-9]+"), quirk.id());
        assertTrue(quirk.source().contains("SPEC") || quirk.source().contains("seed"), quirk.source());
        assertTrue(quirk.description().en().contains("fixed:"), "says what fixed does: " + quirk.description().en());
        assertTrue(quirk.description().ja().contains("fixed:"), quirk.description().ja());
        assertEquals(Optional.of(quirk), Quirk.byId(quirk.id()));
    }

    @Test
    void theNamesAreUniqueAndListedForMessages() {
        assertEquals(Quirk.values().length, Arrays.stream(Quirk.values()).map(Quirk::id).distinct().count());
        assertEquals("doubleSubmit, pinBeforeCertificate, certificateUrlUsedAtStep1", Quirk.ids());
        assertEquals(Optional.empty(), Quirk.byId("doublesubmit"));
    }

    @Test
    void everyQuirkStartsFaithfulAndSwitchesOneByOne() {
        Quirks quirks = Quirks.faithful();
        assertTrue(Arrays.stream(Quirk.values()).allMatch(quirks::faithful));
        Map<Quirk, QuirkMode> switched = Quirks.allFaithful();
        switched.put(Quirk.DOUBLE_SUBMIT, QuirkMode.FIXED);
        quirks.replace(switched);
        assertFalse(quirks.faithful(Quirk.DOUBLE_SUBMIT));
        assertTrue(quirks.faithful(Quirk.PIN_BEFORE_CERTIFICATE));
    }

    @Test
    void aStateIsFaithfulOrFixedAndNothingElse() {
        assertEquals(QuirkMode.FIXED, QuirkMode.parse(" Fixed "));
        assertEquals(QuirkMode.FAITHFUL, QuirkMode.parse("faithful"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> QuirkMode.parse("off"));
        assertEquals("'off' is not a quirk state; allowed: faithful or fixed", error.getMessage());
    }
}

package dev.upkisim.tsv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class UploadDecisionTest {
    private static final ValidationResult ONE_BAD_OF_THREE = TsvCorpus.upload(Path.of("fixtures/tsv/bad/issue-duplicate-dn.tsv"));
    private static final ValidationResult ALL_GOOD = TsvCorpus.upload(Path.of("fixtures/tsv/good/issue-client-students.tsv"));
    private static final ValidationResult FILE_REFUSED = TsvCorpus.upload(Path.of("fixtures/tsv/bad/issue-binary-garbage.tsv"));

    @Test
    void theFirstChoiceProcessesNothingWhenAnyRowHasAnError() {
        UploadDecision decision = UploadDecision.decide(ONE_BAD_OF_THREE, ErrorPolicy.ABORT_ALL);
        assertTrue(decision.aborted());
        assertEquals(List.of(), decision.toProcess());
        assertEquals(ONE_BAD_OF_THREE.errors(), decision.errors());
    }

    @Test
    void theSecondChoiceProcessesTheValidRowsAndReportsTheOthers() {
        UploadDecision decision = UploadDecision.decide(ONE_BAD_OF_THREE, ErrorPolicy.PROCESS_VALID);
        assertFalse(decision.aborted());
        assertEquals(List.of(1, 2), decision.toProcess().stream().map(RowResult::row).toList());
        assertEquals(List.of("212:3,主体者DN,指定したDNは申請ファイル内で重複しています。"),
                decision.errors().stream().map(RowError::toString).toList());
    }

    @Test
    void aFileWithoutErrorsIsProcessedWholeUnderEitherChoice() {
        for (ErrorPolicy policy : ErrorPolicy.values()) {
            UploadDecision decision = UploadDecision.decide(ALL_GOOD, policy);
            assertEquals(3, decision.toProcess().size(), policy.name());
            assertFalse(decision.aborted());
            assertEquals(List.of(), decision.errors());
        }
    }

    @Test
    void aFileLevelErrorStopsEverythingUnderEitherChoice() {
        for (ErrorPolicy policy : ErrorPolicy.values()) {
            UploadDecision decision = UploadDecision.decide(FILE_REFUSED, policy);
            assertTrue(decision.aborted(), policy.name());
            assertEquals(List.of(), decision.toProcess());
            assertEquals(211, decision.errors().get(0).code());
        }
    }
}

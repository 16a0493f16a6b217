package org.medaid.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.medaid.ledger.LedgerFlags;

class WorkflowMessagesTest {

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @ParameterizedTest
    @EnumSource(WorkflowProblem.class)
    void everyProblemHasAChineseAndAnEnglishMessage(WorkflowProblem p) {
        WorkflowException e = new WorkflowException(p, "1", "2");
        assertTrue(hasHan(e.message(Locale.SIMPLIFIED_CHINESE)));
        String en = e.message(Locale.ENGLISH);
        assertFalse(en.isBlank());
        assertFalse(hasHan(en), en);
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void everyStageHasAName(Stage s) {
        assertTrue(hasHan(s.label(Locale.SIMPLIFIED_CHINESE)));
        assertFalse(hasHan(s.label(Locale.ENGLISH)));
    }

    @Test
    void everyGroundHasAName() {
        for (String g : LedgerFlags.BY_APPLICATION) {
            assertTrue(hasHan(AssistanceApplication.groundLabel(g, Locale.SIMPLIFIED_CHINESE)), g);
            assertFalse(hasHan(AssistanceApplication.groundLabel(g, Locale.ENGLISH)), g);
        }
        assertEquals("本人申请", AssistanceApplication.groundLabel(AssistanceApplication.ON_REQUEST, Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void anApostropheInAnEnglishMessageSurvivesFormatting() {
        assertEquals("Bill 7 is not the applicant's",
                new WorkflowException(WorkflowProblem.BILL_NOT_OF_PERSON, "7").message(Locale.ENGLISH));
    }
}

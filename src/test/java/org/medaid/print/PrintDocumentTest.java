package org.medaid.print;

import org.medaid.model.WorkingDays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The documents the desk hands to the print service: names to save under, and the rendered PDF. */
class PrintDocumentTest {

    @Test
    void aSlipIsNamedForItsBill() {
        PrintDocument d = PrintDocument.slip(SlipFixtures.linyi(), PaperSize.A4);
        assertEquals("结算单-b1.pdf", d.fileName());
        assertTrue(PdfInspect.text(d.pdf()).contains("12,350.00"));
    }

    @Test
    void aReprintIsNamedAsOne() {
        PrintDocument d = PrintDocument.slip(SlipFixtures.linyi().reprintedOn(LocalDate.of(2024, 7, 2)), PaperSize.A5);
        assertEquals("结算单-b1-补打.pdf", d.fileName());
    }

    @Test
    void theOtherFormsAreNamedForWhatTheyHold() {
        assertEquals("医疗救助申请审批表-LGL-2024-017.pdf",
                PrintDocument.applicationForm(ApplicationFixtures.paid(), WorkingDays.WEEKENDS_ONLY).fileName());
        assertEquals("医疗救助公示名单-2024Q2.pdf",
                PrintDocument.noticeList(ListFixtures.notice(), WorkingDays.WEEKENDS_ONLY).fileName());
        assertEquals("医疗救助拨付名单-2024年7月第1批.pdf", PrintDocument.payoutList(ListFixtures.payout()).fileName());
        assertEquals("待办名单-2024-05-24.pdf",
                PrintDocument.waitingList(ListFixtures.waiting(), WorkingDays.WEEKENDS_ONLY).fileName());
    }

    @Test
    void fileNamesLoseCharactersWindowsRefuses() {
        assertEquals("a_b_c_d.pdf", PrintDocument.safeName("a/b:c d"));
    }
}

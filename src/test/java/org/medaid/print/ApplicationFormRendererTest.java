package org.medaid.print;

import org.medaid.model.WorkingDays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The 医疗救助申请审批表, rendered and read back. */
class ApplicationFormRendererTest {

    private final ApplicationFormRenderer renderer =
            new ApplicationFormRenderer(PrintText.of(Locale.SIMPLIFIED_CHINESE), WorkingDays.WEEKENDS_ONLY);

    private String compact(ApplicationFormData data) {
        return PdfInspect.compact(renderer.render(data));
    }

    @Test
    void printsTheApplicantHouseholdAndBankAccount() {
        String t = compact(ApplicationFixtures.paid());
        assertTrue(t.contains("刘桂兰"), t);
        assertTrue(t.contains("430521197109083426"), t);
        assertTrue(t.contains("唐建军配偶430521196804113417"), t);
        assertTrue(t.contains("6214665501023387219"), t);
    }

    @Test
    void printsTheBillsWithWhatEachTierPaidAndTheAssistanceInCapitals() {
        String t = compact(ApplicationFixtures.paid());
        assertTrue(t.contains("86,000.00"), t);
        assertTrue(t.contains("50,960.00"), "basic");
        assertTrue(t.contains("10,344.00"), "critical illness");
        assertTrue(t.contains("5,948.00"), "assistance");
        assertTrue(t.contains("伍仟玖佰肆拾捌元整"), t);
    }

    @Test
    void computesTheHouseholdVisitDeadlineTenWorkingDaysAfterReceipt() {
        // received Monday 2024-05-06: ten working days later is Monday 2024-05-20
        assertTrue(compact(ApplicationFixtures.received()).contains("办理时限：2024-05-20前"));
    }

    @Test
    void theDeadlineSkipsTheHolidaysTheCountyEntered() {
        ApplicationFormRenderer withHolidays = new ApplicationFormRenderer(PrintText.of(Locale.SIMPLIFIED_CHINESE),
                new WorkingDays(List.of(LocalDate.of(2024, 5, 8)), List.of()));
        assertTrue(PdfInspect.compact(withHolidays.render(ApplicationFixtures.received())).contains("办理时限：2024-05-21前"));
    }

    @Test
    void computesTheFiveWorkingDayNoticeOverTheWeekend() {
        // from Thursday 2024-05-16: Thu, Fri, Mon, Tue, Wed
        assertTrue(compact(ApplicationFixtures.paid()).contains("公示期：2024-05-16至2024-05-22（5个工作日）"));
    }

    @Test
    void recordsWhoDidEachStageAndWhen() {
        String t = compact(ApplicationFixtures.paid());
        assertTrue(t.contains("受理日期：2024-05-06受理人：王小红"), t);
        assertTrue(t.contains("入户调查日期：2024-05-09调查人：王小红、周志强"), t);
        assertTrue(t.contains("县医疗保障局陈明2024-05-27"), t);
        assertTrue(t.contains("拨付日期：2024-06-03拨付金额：¥5,948.00"), t);
    }

    @Test
    void aRefusalPrintsTheWrittenReasonAndNoLaterStage() {
        String t = compact(ApplicationFixtures.refused());
        assertTrue(t.contains("不予救助环节：乡镇审核（入户调查）"), t);
        assertTrue(t.contains("不符合依申请救助条件"), t);
        assertFalse(t.contains("县级审批"), t);
        assertFalse(t.contains("拨付日期"), t);
    }

    @Test
    void aNewApplicationLeavesTheLaterStagesBlank() {
        String t = compact(ApplicationFixtures.received());
        assertTrue(t.contains("县级审批"), t);
        assertTrue(t.contains("核定救助金额：＿"), t);
    }

    @Test
    void embedsItsFontAndFitsOnOnePage() {
        byte[] pdf = renderer.render(ApplicationFixtures.paid());
        PdfInspect.fonts(pdf).forEach((name, embedded) -> assertTrue(embedded, name));
        assertEquals(1, PdfInspect.pages(pdf));
    }
}

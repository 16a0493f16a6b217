package org.medaid.print;

import org.medaid.model.WorkingDays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The notice list, the payout list and the waiting list, rendered and read back. */
class ListRenderersTest {

    private static final PrintText ZH = PrintText.of(Locale.SIMPLIFIED_CHINESE);

    private final NoticeListRenderer notices = new NoticeListRenderer(ZH, WorkingDays.WEEKENDS_ONLY);
    private final PayoutListRenderer payouts = new PayoutListRenderer(ZH);
    private final WaitingListRenderer waiting = new WaitingListRenderer(ZH, WorkingDays.WEEKENDS_ONLY);

    @Test
    void theNoticeMasksEveryIdNumber() {
        String t = PdfInspect.compact(notices.render(ListFixtures.notice()));
        assertTrue(t.contains("4305**********3426"), t);
        assertTrue(t.contains("4305**********441X"), t);
        for (String[] p : new String[][] {{"430521197109083426"}, {"43052119590603441X"}}) {
            assertFalse(t.contains(p[0]), p[0] + " printed in full");
        }
    }

    @Test
    void theNoticeNamesPersonVillageAndAmount() {
        String t = PdfInspect.compact(notices.render(ListFixtures.notice()));
        assertTrue(t.contains("刘桂兰4305**********3426白竹村三组5,948.00"), t);
        assertTrue(t.contains("2024年第二季度医疗救助公示名单"), t);
    }

    @Test
    void theNoticeRunsFiveWorkingDaysAndCitesItsClause() {
        // from Friday 2024-07-05: Fri, Mon–Thu
        String t = PdfInspect.compact(notices.render(ListFixtures.notice()));
        assertTrue(t.contains("公示期为2024-07-05至2024-07-11（5个工作日）"), t);
        assertTrue(t.contains("邵医保发〔2021〕32号）三(八)"), t);
    }

    @Test
    void theNoticeTotalsEachVillageInFiguresAndCapitals() {
        // 白竹村: 5948.00 + 12350.50 = 18298.50; 流光岭村: 3180.00 + 10005.00 = 13185.00
        NoticeListData n = ListFixtures.notice();
        NoticeListData byVillage = new NoticeListData(n.office(), n.year(), n.quarter(), n.basis(), n.from(), n.contact(),
                java.util.List.of(new NoticeListData.Row("刘桂兰", "430521197109083426", "白竹村", new java.math.BigDecimal("5948.00")),
                        new NoticeListData.Row("唐国平", "430521195505124417", "白竹村", new java.math.BigDecimal("12350.50")),
                        new NoticeListData.Row("周秋菊", "430521196311280029", "流光岭村", new java.math.BigDecimal("3180.00")),
                        new NoticeListData.Row("曾德福", "43052119590603441X", "流光岭村", new java.math.BigDecimal("10005.00"))),
                n.printedOn());
        byte[] pdf = notices.render(byVillage);
        assertEquals(2, PdfInspect.pages(pdf), "one page for each village's notice board");
        String t = PdfInspect.compact(pdf);
        assertTrue(t.contains("公示地点：白竹村固定公示栏"), t);
        assertTrue(t.contains("公示地点：流光岭村固定公示栏"), t);
        assertTrue(t.contains("¥18,298.50") && t.contains("壹万捌仟贰佰玖拾捌元伍角"), t);
        assertTrue(t.contains("¥13,185.00") && t.contains("壹万叁仟壹佰捌拾伍元整"), t);
        assertFalse(t.contains("¥31,483.50"), "no total across villages on a village's board");
    }

    @Test
    void theNoticeRunsTheProceduresWorkingDays() {
        NoticeListData n = ListFixtures.notice();
        NoticeListData seven = new NoticeListData(n.office(), n.year(), n.quarter(), n.basis(), n.from(), n.contact(), n.rows(),
                n.printedOn(), 7);
        String t = PdfInspect.compact(notices.render(seven));
        // from Friday 2024-07-05: seven working days end Monday 07-15
        assertTrue(t.contains("公示期为2024-07-05至2024-07-15（7个工作日）"), t);
    }

    @Test
    void aLongListRepeatsItsColumnTitlesOnEveryPage() throws Exception {
        byte[] pdf = notices.render(ListFixtures.longNotice(15));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 2);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertTrue(stripper.getText(doc).contains("身份证号"));
        }
    }

    @Test
    void thePayoutListGivesTheBankFullIdsAndAccounts() {
        String t = PdfInspect.compact(payouts.render(ListFixtures.payout()));
        assertTrue(t.contains("谢长生430521194807150036邵东农村商业银行流光岭支行621466550102338199020,000.00"), t);
    }

    @Test
    void thePayoutListTotalsInFiguresAndCapitalsWithSignatures() {
        String t = PdfInspect.compact(payouts.render(ListFixtures.payout()));
        assertTrue(t.contains("6笔"), t);
        assertTrue(t.contains("¥52,358.55"), t);
        assertTrue(t.contains("伍万贰仟叁佰伍拾捌元伍角伍分"), t);
        assertTrue(t.contains("制表人：王小红"), t);
        assertTrue(t.contains("审核人：周志强"), t);
    }

    @Test
    void casesHeldByAnOpenObjectionAreSaidUnderTheBanksListNotLeftSilent() {
        PayoutListData d = ListFixtures.payout();
        String none = PdfInspect.compact(payouts.render(d));
        assertFalse(none.contains("暂缓拨付"), none);
        String held = PdfInspect.compact(payouts.render(new PayoutListData(d.office(), d.batch(), d.payingBank(), d.rows(),
                d.preparedBy(), d.checkedBy(), d.printedOn(), 2)));
        assertTrue(held.contains("另有2件已批准的救助有未处理的公示异议，暂缓拨付，未列入本表。"), held);
        assertTrue(held.contains("6笔"), "the held cases are not counted in the list: " + held);
    }

    @Test
    void theWaitingListGroupsByStageWithDeadlines() {
        String t = PdfInspect.compact(waiting.render(ListFixtures.waiting()));
        assertTrue(t.contains("乡镇审核（入户调查）（2件）"), t);
        assertTrue(t.contains("公示（1件）"), t);
        assertTrue(t.contains("拨付（0件）无待办"), t);
    }

    @Test
    void theWaitingListMarksAnOverdueHouseholdVisit() {
        // received Monday 2024-05-06, due 2024-05-20, listed 2024-05-24: 14 working days used
        String t = PdfInspect.compact(waiting.render(ListFixtures.waiting()));
        assertTrue(t.contains("LGL-2024-021唐国平白竹村一组2024-05-062024-05-062024-05-20已超期14"), t);
        assertTrue(t.contains("LGL-2024-024罗小燕金龙村七组2024-05-202024-05-202024-06-034"), t);
    }

    @Test
    void listsEmbedTheirFont() {
        for (byte[] pdf : new byte[][] {notices.render(ListFixtures.notice()), payouts.render(ListFixtures.payout()),
                waiting.render(ListFixtures.waiting())}) {
            var fonts = PdfInspect.fonts(pdf);
            assertFalse(fonts.isEmpty());
            fonts.forEach((name, embedded) -> assertTrue(embedded, name));
        }
    }

    @Test
    void anEmptyNoticeSaysSoAndTotalsZero() {
        NoticeListData n = ListFixtures.notice();
        NoticeListData empty = new NoticeListData(n.office(), n.year(), n.quarter(), n.basis(), n.from(), n.contact(),
                java.util.List.of(), n.printedOn());
        String t = PdfInspect.compact(notices.render(empty));
        assertTrue(t.contains("（无）"), t);
        assertTrue(t.contains("零元整"), t);
        assertEquals(1, PdfInspect.pages(notices.render(empty)));
    }
}

package org.medaid.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** The slip, rendered and read back with PDFBox's text extraction. */
class SlipRendererTest {

    private final SlipRenderer renderer = new SlipRenderer(PrintText.of(Locale.SIMPLIFIED_CHINESE));

    private String text(SlipData data) {
        return PdfInspect.text(renderer.render(data, PaperSize.A4));
    }

    @Test
    void printsEachTiersAmount() {
        String t = text(SlipFixtures.linyi());
        for (String amount : new String[] {"60,000.00", "55,000.00", "30,000.00", "12,350.00", "8,855.00"}) {
            assertTrue(t.contains(amount), amount + " missing:\n" + t);
        }
    }

    @Test
    void printsTheArithmeticWithItsClause() {
        String t = PdfInspect.compact(renderer.render(SlipFixtures.linyi(), PaperSize.A4));
        assertTrue(t.contains("(25,000.00−6,000.00)×65%=12,350.00"), t);
        assertTrue(t.contains("〔临医保发〔2022〕13号三〕"), t);
        assertTrue(t.contains("12,650.00×70%=8,855.00"), t);
        assertTrue(t.contains("〔临医保发〔2022〕13号四〕"), t);
    }

    @Test
    void printsWhatTheTiersPaidAndWhatThePersonPaysInFiguresAndCapitals() {
        String t = text(SlipFixtures.linyi());
        assertTrue(t.contains("¥51,205.00"), t);
        assertTrue(t.contains("伍万壹仟贰佰零伍元整"), t);
        assertTrue(t.contains("¥8,795.00"), t);
        assertTrue(t.contains("捌仟柒佰玖拾伍元整"), t);
    }

    @Test
    void masksTheIdNumberByDefault() {
        String t = text(SlipFixtures.linyi());
        assertTrue(t.contains("3713**********4228"), t);
        assertFalse(t.contains("371302195803154228"), t);
    }

    @Test
    void printsTheFullIdNumberWhenSetTo() {
        SlipData d = SlipFixtures.linyi();
        SlipData full = new SlipData(d.office(), d.person(), d.stay(), d.result(), d.policy(), d.clerk(), d.printedOn(),
                false, null, IdDisplay.FULL);
        assertTrue(text(full).contains("371302195803154228"));
    }

    @Test
    void printsNotGivenWhereThePersonHasNoName() {
        SlipData d = SlipFixtures.linyi();
        SlipPerson anonymous = new SlipPerson(null, null, d.person().insurance(), d.person().categories(), null);
        SlipData data = new SlipData(d.office(), anonymous, d.stay(), d.result(), d.policy(), d.clerk(), d.printedOn(),
                false, null, IdDisplay.MASKED);
        assertTrue(text(data).contains("未提供"));
    }

    @Test
    void aReprintSaysBuDaWithTheReprintAndFirstPrintDates() {
        String t = PdfInspect.compact(renderer.render(SlipFixtures.linyi().reprintedOn(LocalDate.of(2024, 7, 2)),
                PaperSize.A4));
        assertTrue(t.contains("补打"), t);
        assertTrue(t.contains("补打日期：2024-07-02"), t);
        assertTrue(t.contains("原打印日期2024-05-06"), t);
    }

    @Test
    void anOriginalSlipDoesNotSayBuDa() {
        assertFalse(PdfInspect.compact(renderer.render(SlipFixtures.linyi(), PaperSize.A4)).contains("补打"));
    }

    @Test
    void namesTheUnconfirmedFiguresItUsed() {
        String t = PdfInspect.compact(renderer.render(SlipFixtures.shaoyangSecondStay(), PaperSize.A4));
        assertTrue(t.contains("本单使用了未经确认的参数"), t);
        // named by the policy file's labels (ADR 0005 #24), never by a path
        assertTrue(t.contains("基本医保支付比例（省级医院住院·居民）55%"), t);
        assertTrue(t.contains("基本医保起付线（省级医院住院·居民）1,200.00"), t);
        assertFalse(t.contains("basic.table"), t);
    }

    @Test
    void saysNothingOfUnconfirmedFiguresWhenNoneWasUsed() {
        assertFalse(text(SlipFixtures.linyi()).contains("未经确认"));
    }

    @Test
    void printsTheFlagsWithTheirClause() {
        String t = PdfInspect.compact(renderer.render(SlipFixtures.shaoyangSecondStay(), PaperSize.A4));
        assertTrue(t.contains("可申请倾斜救助〔邵医保发〔2021〕32号三(八)"), t);
    }

    @Test
    void printsThePolicyNameAndDocumentNumber() {
        String t = PdfInspect.compact(renderer.render(SlipFixtures.shaoyangSecondStay(), PaperSize.A4));
        assertTrue(t.contains("邵阳市巩固拓展医疗保障脱贫攻坚成果有效衔接乡村振兴战略实施方案（邵医保发〔2021〕32号）"), t);
    }

    @Test
    void printsTheYearToDateAndWhatRemainsOfCaps() {
        String t = text(SlipFixtures.shaoyangSecondStay());
        assertTrue(t.contains("87,175.00"), "basic this year");
        assertTrue(t.contains("26,052.62"), "self-pay this year");
        assertTrue(t.contains("34,243.87"), "assistance cap left");
        assertTrue(t.contains("不设封顶"), "critical illness has no cap for 低保");
    }

    @Test
    void printsSignatureBoxesAndTheClerk() {
        String t = PdfInspect.compact(renderer.render(SlipFixtures.linyi(), PaperSize.A4));
        assertTrue(t.contains("经办人：王小红"), t);
        assertTrue(t.contains("审核人："), t);
        assertTrue(t.contains("患者/家属签字："), t);
    }

    @Test
    void embedsEveryFontItUses() {
        var fonts = PdfInspect.fonts(renderer.render(SlipFixtures.shaoyangSecondStay(), PaperSize.A4));
        assertFalse(fonts.isEmpty());
        fonts.forEach((name, embedded) -> assertTrue(embedded, name + " is not embedded"));
        assertTrue(fonts.keySet().stream().allMatch(n -> n.contains("WenQuanYiMicroHei")), fonts.toString());
    }

    @Test
    void fitsOnOneA4Page() {
        byte[] pdf = renderer.render(SlipFixtures.shaoyangSecondStay(), PaperSize.A4);
        assertEquals(1, PdfInspect.pages(pdf));
        assertEquals(PDRectangle.A4.getWidth(), PdfInspect.pageSize(pdf, 0).getWidth(), 1);
    }

    @Test
    void isLaidOutOnOneA5PageWhenAsked() {
        byte[] pdf = renderer.render(SlipFixtures.shaoyangSecondStay().reprintedOn(LocalDate.of(2024, 7, 2)), PaperSize.A5);
        assertEquals(1, PdfInspect.pages(pdf));
        assertEquals(PDRectangle.A5.getWidth(), PdfInspect.pageSize(pdf, 0).getWidth(), 1);
        assertEquals(PDRectangle.A5.getHeight(), PdfInspect.pageSize(pdf, 0).getHeight(), 1);
    }

    @Test
    void rendersTheSameSlipFromSeveralThreadsAtOnce() throws Exception {
        // the font is loaded once and shared by every document (CjkFont): several renders at once must not mix
        String expected = PdfInspect.text(renderer.render(SlipFixtures.shaoyangSecondStay(), PaperSize.A4));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < 12; i++) {
                PaperSize paper = i % 2 == 0 ? PaperSize.A4 : PaperSize.A5;
                futures.add(pool.submit(() -> PdfInspect.compact(renderer.render(SlipFixtures.shaoyangSecondStay(), paper))));
            }
            for (var f : futures) {
                assertEquals(expected.replaceAll("[\\s\\u3000]+", ""), f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

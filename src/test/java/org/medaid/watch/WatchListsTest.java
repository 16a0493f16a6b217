package org.medaid.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bills.TestDesk;
import org.medaid.model.Category;
import org.medaid.session.DutyException;
import org.medaid.store.PersonRecord;

/**
 * Each watch rule on hand-checked people. The bills give the basic payment as settled and no
 * critical-illness payment, so the arithmetic below is the assistance tier and the rule only.
 */
class WatchListsTest {

    @TempDir
    Path dir;
    WatchDesk w;

    @BeforeEach
    void open() {
        w = new WatchDesk(dir);
    }

    @AfterEach
    void close() {
        w.close();
    }

    private static BigDecimal m(String s) {
        return new BigDecimal(s);
    }

    private static List<String> names(WatchList l) {
        return l.entries().stream().map(WatchEntry::name).toList();
    }

    private static WatchEntry of(WatchList l, String name) {
        return l.entries().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(
                name + " is not on the list: " + names(l)));
    }

    /**
     * 临医保发〔2022〕13号 四: the rules for 支出型困难人口 and 突发严重困难户 are 另行制定. A desk with Linyi people is
     * told so once on every list (no rule exists for them), not shown nothing; a desk without is not.
     */
    @Test
    void linyiPendingRulesAreSaidOnceNotLeftSilent() {
        WatchList none = w.lists.compute(WatchRule.GUANGXI_ALERT, Period.month(2024, 6));
        assertTrue(none.notes().isEmpty(), none.notes().toString());
        w.person("支出甲", "371302", "朱保村", Category.EXPENDITURE_HARDSHIP);
        w.person("临沂乙", "371302", "朱保村");
        for (WatchRule r : WatchRule.values()) {
            WatchList l = w.lists.compute(r, Period.month(2024, 6));
            assertEquals(1, l.notes().size(), l.notes().toString());
            String n = l.notes().get(0);
            assertTrue(n.contains("（临医保发〔2022〕13号 四") && n.contains("另行制定") && n.contains("支出型困难人口")
                    && n.contains("突发严重困难户"), n);
        }
    }

    /**
     * 广西通知 三(四). 监测甲 (MONITORED_UNSTABLE): stay 1 (03-10) 10,000, basic 5,000, assistance above 3,000 at 70% =
     * 1,400, self-pay 3,600; stay 2 (06-15) the same: assistance on the year's 10,000 is 4,900, this bill 3,500,
     * self-pay 1,500, year 5,100 ≥ 5,000 → listed from 06-15. 脱贫乙 (LIFTED): one stay, self-pay 10,000 − 5,000 −
     * (5,000 − 3,000) × 50% = 4,000 < 5,000. Ordinary people with a stay of 12,000, basic 1,500: self-pay 10,500 ≥
     * 10,000: 农户丙 recorded rural is listed, 村民丁 without a record is listed with the question, 居民戊 recorded
     * not rural is left off.
     */
    @Test
    void guangxiAlertListsEachGroupAtItsLine() {
        PersonRecord jia = w.person("监测甲", WatchDesk.GUANGXI, "那马村", Category.MONITORED_UNSTABLE);
        w.stay(jia, LocalDate.of(2024, 3, 10), "10000.00", "0.00", "5000.00");
        w.stay(jia, LocalDate.of(2024, 6, 15), "10000.00", "0.00", "5000.00");
        PersonRecord yi = w.person("脱贫乙", WatchDesk.GUANGXI, "那马村", Category.LIFTED);
        w.stay(yi, LocalDate.of(2024, 5, 2), "10000.00", "0.00", "5000.00");
        PersonRecord bing = w.person("农户丙", WatchDesk.GUANGXI, "坛洛村");
        w.stay(bing, LocalDate.of(2024, 4, 20), "12000.00", "0.00", "1500.00");
        w.store.recordFacts(bing.id(), 2024, null, null, true, LocalDate.of(2024, 3, 1), "村委会入户登记", w.clerk);
        PersonRecord ding = w.person("村民丁", WatchDesk.GUANGXI, "坛洛村");
        w.stay(ding, LocalDate.of(2024, 4, 21), "12000.00", "0.00", "1500.00");
        PersonRecord wu = w.person("居民戊", WatchDesk.GUANGXI, "坛洛村");
        w.stay(wu, LocalDate.of(2024, 4, 22), "12000.00", "0.00", "1500.00");
        w.store.recordFacts(wu.id(), 2024, null, null, false, LocalDate.of(2024, 3, 1), "城镇户籍", w.clerk);

        WatchList may = w.lists.compute(WatchRule.GUANGXI_ALERT, Period.month(2024, 5));
        assertEquals(List.of("村民丁", "农户丙"), names(may), "监测甲 is at 3,600 in May; by village then name (pinyin)");
        WatchList june = w.lists.compute(WatchRule.GUANGXI_ALERT, Period.month(2024, 6));
        assertEquals(List.of("监测甲", "村民丁", "农户丙"), names(june));
        WatchEntry j = of(june, "监测甲");
        assertEquals(m("5100.00"), j.figure());
        assertEquals(0, m("5000").compareTo(j.line()));
        assertEquals(LocalDate.of(2024, 6, 15), j.since());
        assertTrue(j.newInPeriod());
        assertEquals("广西通知 三(四)", j.clause());
        assertTrue(j.why().contains("5100.00") && j.why().contains("脱贫人口、监测对象"), j.why());
        assertFalse(of(june, "农户丙").newInPeriod(), "over the line since April");
        assertEquals(m("10500.00"), of(june, "农户丙").figure());
        assertFalse(of(june, "农户丙").why().contains("未登记"), of(june, "农户丙").why());
        assertTrue(of(june, "村民丁").why().contains("未登记是否普通农户"), of(june, "村民丁").why());
        assertEquals(1, june.notes().size(), "居民戊 is left off and counted");
        assertTrue(june.notes().get(0).startsWith("1 人"), june.notes().get(0));
        assertTrue(w.lists.compute(WatchRule.GUANGXI_ALERT, Period.month(2024, 3)).entries().isEmpty());
    }

    /**
     * 邵医保发〔2021〕32号 三(八), line 26,000 × 25% = 6,500 (the income is unconfirmed). 边缘甲 (MARGINAL, by
     * application, nothing approved): compliant 28,000 − basic 15,000 = burden 13,000 → listed from 04-10.
     * 低保乙 (MINIMUM_LIVING, 4,000 deductible, 70%): stay 1 (05-01) 20,000, basic 10,000, assistance 4,200, burden
     * 5,800; stay 2 (08-01) 6,000, basic 3,000: assistance on 13,000 is 6,300, this bill 2,100, burden 900, year
     * 6,700 > 6,500 → listed from 08-01, not in July. 边缘丙: burden 5,000 → not listed.
     */
    @Test
    void shaoyangTiltReviewListsBurdenOverAQuarterOfIncome() {
        PersonRecord jia = w.person("边缘甲", TestDesk.SHAOYANG, "石门村", Category.MARGINAL);
        w.stay(jia, LocalDate.of(2024, 4, 10), "30000.00", "2000.00", "15000.00");
        PersonRecord yi = w.person("低保乙", TestDesk.SHAOYANG, "石门村", Category.MINIMUM_LIVING);
        w.stay(yi, LocalDate.of(2024, 5, 1), "20000.00", "0.00", "10000.00");
        w.stay(yi, LocalDate.of(2024, 8, 1), "6000.00", "0.00", "3000.00");
        PersonRecord bing = w.person("边缘丙", TestDesk.SHAOYANG, "石门村", Category.MARGINAL);
        w.stay(bing, LocalDate.of(2024, 4, 11), "10000.00", "0.00", "5000.00");

        WatchList july = w.lists.compute(WatchRule.SHAOYANG_TILT, Period.month(2024, 7));
        assertEquals(List.of("边缘甲"), names(july));
        WatchList year = w.lists.compute(WatchRule.SHAOYANG_TILT, Period.year(2024));
        assertEquals(List.of("边缘甲", "低保乙"), names(year), "by pinyin");
        WatchEntry jia13 = of(year, "边缘甲");
        assertEquals(m("13000.00"), jia13.figure());
        assertEquals(m("6500.00"), jia13.line());
        assertEquals(LocalDate.of(2024, 4, 10), jia13.since());
        WatchEntry yi67 = of(year, "低保乙");
        assertEquals(m("6700.00"), yi67.figure());
        assertEquals(LocalDate.of(2024, 8, 1), yi67.since());
        assertEquals(List.of("上年度居民人均可支配收入"), yi67.unconfirmed(), "the county must confirm the income");
        assertTrue(yi67.clause().startsWith("邵医保发〔2021〕32号 三(八)"), yi67.clause());
        assertTrue(of(w.lists.compute(WatchRule.SHAOYANG_TILT, Period.month(2024, 8)), "低保乙").newInPeriod());
    }

    /**
     * 潮医保〔2021〕48号 二.8. Household 户主甲 + 子女: income 20,000 → line 60% = 12,000. 户主甲's stay (02-01):
     * compliant 10,000 − basic 5,000 = burden 5,000; the child's (07-01): compliant 19,000 − 10,000 = 9,000; family
     * 14,000 ≥ 12,000 from 07-01: both listed. 单身乙 (burden 9,000) has no income recorded: not decidable, counted.
     * 富户丙 (income 100,000, line 60,000; burden 9,000): not listed.
     */
    @Test
    void chaozhouListsHouseholdsWhoseBurdenReachesSixtyPercentOfIncome() {
        PersonRecord head = w.person("户主甲", WatchDesk.CHAOZHOU, "西新村");
        PersonRecord child = w.member("子女甲", WatchDesk.CHAOZHOU, head);
        w.stay(head, LocalDate.of(2024, 2, 1), "10000.00", "0.00", "5000.00");
        w.stay(child, LocalDate.of(2024, 7, 1), "20000.00", "1000.00", "10000.00");
        w.store.recordFacts(head.id(), 2024, m("20000.00"), m("50000.00"), true, LocalDate.of(2024, 1, 15),
                "2024年家庭经济状况核对报告", w.clerk);
        PersonRecord yi = w.person("单身乙", WatchDesk.CHAOZHOU, "西新村");
        w.stay(yi, LocalDate.of(2024, 3, 1), "20000.00", "1000.00", "10000.00");
        PersonRecord bing = w.person("富户丙", WatchDesk.CHAOZHOU, "西新村");
        w.stay(bing, LocalDate.of(2024, 3, 2), "20000.00", "1000.00", "10000.00");
        w.store.recordFacts(bing.id(), 2024, m("100000.00"), null, true, LocalDate.of(2024, 1, 15), "核对报告", w.clerk);

        WatchList june = w.lists.compute(WatchRule.CHAOZHOU_ILLNESS, Period.month(2024, 6));
        assertTrue(june.entries().isEmpty(), "5,000 of 12,000 in June");
        WatchList year = w.lists.compute(WatchRule.CHAOZHOU_ILLNESS, Period.year(2024));
        assertEquals(List.of("户主甲", "子女甲"), names(year));
        WatchEntry e = of(year, "户主甲");
        assertEquals(m("14000.00"), e.figure());
        assertEquals(m("12000.00"), e.line());
        assertEquals(LocalDate.of(2024, 7, 1), e.since());
        assertTrue(e.why().contains("50000.00"), "the assets are shown: " + e.why());
        assertTrue(e.unconfirmed().stream().anyMatch(u -> u.contains("资产上限")), "no asset limit in the document");
        assertTrue(year.notes().stream().anyMatch(n -> n.startsWith("1 户")), year.notes().toString());
    }

    @Test
    void aNewerRecordOfFactsSupersedesAndAVoidedOneStopsCounting() {
        PersonRecord head = w.person("户主甲", WatchDesk.CHAOZHOU, "西新村");
        w.stay(head, LocalDate.of(2024, 2, 1), "10000.00", "0.00", "5000.00");
        HouseholdFacts first = w.store.recordFacts(head.id(), 2024, m("100000.00"), null, null, LocalDate.of(2024, 1, 15), "旧报告", w.clerk);
        assertTrue(w.lists.compute(WatchRule.CHAOZHOU_ILLNESS, Period.year(2024)).entries().isEmpty(), "line 60,000");
        HouseholdFacts second = w.store.recordFacts(head.id(), 2024, m("8000.00"), null, null, LocalDate.of(2024, 6, 1), "新报告", w.clerk);
        assertEquals(List.of("户主甲"), names(w.lists.compute(WatchRule.CHAOZHOU_ILLNESS, Period.year(2024))), "5,000 ≥ 4,800");
        w.store.voidFacts(second.id(), "录错", w.clerk);
        assertEquals(first.id(), w.store.facts(head.id(), 2024).orElseThrow().id());
        assertTrue(w.lists.compute(WatchRule.CHAOZHOU_ILLNESS, Period.year(2024)).entries().isEmpty());
        WatchException ex = assertThrows(WatchException.class, () -> w.store.voidFacts(second.id(), "再次", w.clerk));
        assertEquals(WatchException.Problem.NO_SUCH_RECORD, ex.problem());
    }

    @Test
    void whatWasDoneIsShownWithWhoAndWhenAndNeedsTheRightDuty() {
        PersonRecord jia = w.person("边缘甲", TestDesk.SHAOYANG, "石门村", Category.MARGINAL);
        w.stay(jia, LocalDate.of(2024, 4, 10), "30000.00", "2000.00", "15000.00");
        assertNull(of(w.lists.compute(WatchRule.SHAOYANG_TILT, Period.year(2024)), "边缘甲").lastAction());
        assertThrows(DutyException.class, () -> w.store.act(WatchRule.SHAOYANG_TILT, jia.id(), 2024, WatchAction.REVIEWED,
                LocalDate.of(2024, 12, 1), "入户核查", w.clerk), "a clerk does not review");
        w.store.act(WatchRule.SHAOYANG_TILT, jia.id(), 2024, WatchAction.APPLIED, LocalDate.of(2024, 11, 2), "本人申请", w.clerk);
        w.store.act(WatchRule.SHAOYANG_TILT, jia.id(), 2024, WatchAction.REVIEWED, LocalDate.of(2024, 12, 1), "入户核查", w.reviewer);
        ActionRecord last = of(w.lists.compute(WatchRule.SHAOYANG_TILT, Period.year(2024)), "边缘甲").lastAction();
        assertEquals(WatchAction.REVIEWED, last.action());
        assertEquals("reviewer", last.by());
        assertEquals(LocalDate.of(2024, 12, 1), last.on());
        assertEquals(2, w.store.history(WatchRule.SHAOYANG_TILT, jia.id(), 2024).size());
        WatchException noReason = assertThrows(WatchException.class, () -> w.store.act(WatchRule.SHAOYANG_TILT, jia.id(), 2024,
                WatchAction.NOT_NEEDED, LocalDate.of(2024, 12, 2), " ", w.reviewer));
        assertEquals("请填写理由。", noReason.getMessage());
        assertThrows(WatchException.class, () -> w.store.act(WatchRule.SHAOYANG_TILT, jia.id(), 2024, WatchAction.APPLIED,
                LocalDate.of(2025, 1, 2), null, w.clerk), "not after today");
    }

    @Test
    void absurdFactsAreRefusedWithASentence() {
        PersonRecord head = w.person("户主甲", WatchDesk.CHAOZHOU, "西新村");
        assertEquals(WatchException.Problem.BAD_AMOUNT, assertThrows(WatchException.class, () -> w.store.recordFacts(head.id(),
                2024, m("-1"), null, null, LocalDate.of(2024, 1, 1), "x", w.clerk)).problem());
        assertEquals(WatchException.Problem.BAD_AMOUNT, assertThrows(WatchException.class, () -> w.store.recordFacts(head.id(),
                2024, m("1.001"), null, null, LocalDate.of(2024, 1, 1), "x", w.clerk)).problem());
        assertEquals(WatchException.Problem.SOURCE_REQUIRED, assertThrows(WatchException.class, () -> w.store.recordFacts(head.id(),
                2024, m("1"), null, null, LocalDate.of(2024, 1, 1), "", w.clerk)).problem());
        assertEquals(WatchException.Problem.BAD_DATE, assertThrows(WatchException.class, () -> w.store.recordFacts(head.id(),
                2024, m("1"), null, null, LocalDate.of(2025, 1, 1), "x", w.clerk)).problem());
        assertTrue(w.store.facts(head.id(), 2024).isEmpty(), "nothing half-written");
    }
}

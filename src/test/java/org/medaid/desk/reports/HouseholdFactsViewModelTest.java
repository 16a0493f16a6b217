package org.medaid.desk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.desk.DeskFixture;
import org.medaid.desk.task.SameThreadTaskExecutor;
import org.medaid.store.PersonRecord;
import org.medaid.watch.HouseholdFacts;
import org.medaid.watch.Period;
import org.medaid.watch.WatchDesk;
import org.medaid.watch.WatchEntry;
import org.medaid.watch.WatchRule;

/**
 * The 家庭经济状况 form makes the household rules fire from the desk's own data (ADR 0067), on hand-checked people
 * (today 2024-12-20, bills with basic settled and no critical-illness payment, as in WatchListsTest).
 */
class HouseholdFactsViewModelTest {

    @TempDir
    Path dir;
    WatchDesk w;
    HouseholdFactsViewModel form;

    @BeforeEach
    void open() {
        w = new WatchDesk(dir);
        form = new HouseholdFactsViewModel(w.store, w.desk.people, new SameThreadTaskExecutor(), DeskFixture.CHINESE,
                () -> w.clerk, () -> LocalDate.of(2024, 12, 20));
    }

    @AfterEach
    void close() {
        w.close();
    }

    private List<String> names(WatchRule rule) {
        return w.lists.compute(rule, Period.year(2024)).entries().stream().map(WatchEntry::name).toList();
    }

    /**
     * 潮医保〔2021〕48号 二.8. 户主甲's household: self-pay 10,000 − 5,000 − 0 = 5,000 (户主甲, Feb) and 20,000 − 10,000 −
     * 1,000 … = 9,000 (子女甲, Jul): 14,000 in the year ≥ 60% × 20,000 = 12,000. Without a recorded income the rule
     * cannot fire; found by the child's ID number, the figures go onto the head and the household is listed.
     */
    @Test
    void incomeTypedForAChildsHouseholdMakesChaozhousRuleFire() {
        PersonRecord head = w.person("户主甲", WatchDesk.CHAOZHOU, "西新村");
        PersonRecord child = w.member("子女甲", WatchDesk.CHAOZHOU, head);
        w.stay(head, LocalDate.of(2024, 2, 1), "10000.00", "0.00", "5000.00");
        w.stay(child, LocalDate.of(2024, 7, 1), "20000.00", "1000.00", "10000.00");
        assertEquals(List.of(), names(WatchRule.CHAOZHOU_ILLNESS), "no income recorded: the rule cannot fire");

        form.idNumber.set(child.idNumber());
        form.year.set("2024");
        form.find();
        assertEquals("户主 户主甲　西新村", form.householdProperty().get());
        assertEquals("2024年度尚无记录", form.currentProperty().get());
        form.income.set("20,000");
        form.assets.set("50000");
        form.rural.set(HouseholdFactsViewModel.Rural.YES);
        form.recordedOn.set("2024-01-15");
        form.source.set("2024年家庭经济状况核对报告");
        form.save();
        assertEquals("已记录 户主甲 家 2024 年度的经济状况", form.state().messageProperty().get());

        HouseholdFacts f = w.store.facts(head.id(), 2024).orElseThrow();
        assertEquals(new BigDecimal("20000.00"), f.annualIncome());
        assertEquals(new BigDecimal("50000.00"), f.totalAssets());
        assertEquals(Boolean.TRUE, f.rural());
        assertEquals(List.of("户主甲", "子女甲"), names(WatchRule.CHAOZHOU_ILLNESS));
    }

    /**
     * 广西通知 三(四): the 10,000 alert is for 普通农户. 居民戊 (no category) self-pays 12,000 − 1,500 = 10,500 ≥ 10,000:
     * listed while not recorded; recorded 否 he is left off; the record voided with its reason, he is back.
     */
    @Test
    void notRuralTypedLeavesSomeoneOffGuangxisAlertAndVoidingBringsHimBack() {
        PersonRecord wu = w.person("居民戊", WatchDesk.GUANGXI, "坛洛村");
        w.stay(wu, LocalDate.of(2024, 4, 22), "12000.00", "0.00", "1500.00");
        assertEquals(List.of("居民戊"), names(WatchRule.GUANGXI_ALERT));

        form.idNumber.set(wu.idNumber());
        form.find();
        form.rural.set(HouseholdFactsViewModel.Rural.NO);
        form.recordedOn.set("2024-03-01");
        form.source.set("城镇户籍（户口簿）");
        form.save();
        assertEquals(List.of(), names(WatchRule.GUANGXI_ALERT));
        assertTrue(form.currentProperty().get().contains("普通农户：否"), form.currentProperty().get());

        form.voidReason.set(" ");
        form.voidCurrent();
        assertEquals("请填写理由。", form.state().messageProperty().get());
        assertEquals(List.of(), names(WatchRule.GUANGXI_ALERT), "nothing voided without a reason");
        form.voidReason.set("录错：实为农村户籍");
        form.voidCurrent();
        assertEquals(List.of("居民戊"), names(WatchRule.GUANGXI_ALERT));
        assertEquals("2024年度尚无记录", form.currentProperty().get());
    }

    @Test
    void absurdInputIsASentenceAndNothingIsStored() {
        PersonRecord p = w.person("单身乙", WatchDesk.CHAOZHOU, "西新村");
        form.save();
        assertEquals("请先按身份证号查找家庭", form.state().messageProperty().get());
        form.idNumber.set("445102199001011234");
        form.find();
        assertEquals("没有找到这个身份证号的人员", form.state().messageProperty().get());
        form.idNumber.set(p.idNumber());
        form.find();
        form.income.set("12,000.555");
        form.save();
        assertEquals("金额应为数字，最多两位小数，如 12000.00", form.state().messageProperty().get());
        form.income.set("-5");
        form.save();
        assertEquals("金额应为数字，最多两位小数，如 12000.00", form.state().messageProperty().get());
        form.income.set("");
        form.save();
        assertEquals("请至少填写收入、资产或是否普通农户中的一项", form.state().messageProperty().get());
        form.income.set("8000");
        form.source.set("");
        form.save();
        assertEquals("请填写家庭收入和资产数据的来源（如家庭经济状况核对报告）。", form.state().messageProperty().get());
        form.source.set("核对报告");
        form.recordedOn.set("2025-01-01");
        form.save();
        assertTrue(form.state().messageProperty().get().startsWith("日期 2025-01-01 不正确"), form.state().messageProperty().get());
        assertTrue(w.store.facts(p.id(), 2024).isEmpty());
    }
}

package org.medaid.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bills.StoredBill;
import org.medaid.insurance.CountyConditions;
import org.medaid.insurance.CoverageDraft;
import org.medaid.insurance.InsuranceLedger;
import org.medaid.insurance.InsuranceStatus;
import org.medaid.insurance.UninsuredReason;
import org.medaid.model.Category;
import org.medaid.policy.PolicyRegistry;
import org.medaid.store.PersonRecord;

/**
 * The 未参保 refusal of an application after the county recorded its decision on the condition (ADR 0098): "required"
 * cites the county's own document in Chinese and English; "not required" lets a person the 参保台账 records 未参保 apply
 * in Shaoyang; Linyi's document states the condition, so Linyi is refused with its clause whatever was tried.
 */
class NotInsuredCountyDecisionTest {

    private static final String DOC = "新邵医保发〔2023〕12号";

    @TempDir
    Path dir;
    WorkflowDesk w;
    InsuranceLedger insurance;
    CountyConditions conditions;

    @BeforeEach
    void open() {
        w = new WorkflowDesk(dir, 0);
        insurance = new InsuranceLedger(w.desk.db, w.desk.clock, PolicyRegistry::bundled);
        conditions = new CountyConditions(w.desk.db, PolicyRegistry::bundled, w.desk.clock);
    }

    @AfterEach
    void close() {
        w.close();
    }

    private PersonRecord uninsured(String region, LocalDate billDate) {
        PersonRecord p = w.desk.person("陈八", region, "石门村", Category.MINIMUM_LIVING);
        insurance.record(new CoverageDraft(p.id(), billDate.getYear(), InsuranceStatus.UNINSURED, null, UninsuredReason.OTHER,
                "外出务工"), 0, null, w.clerk);
        return p;
    }

    @Test
    void requiredByTheCountyTheRefusalCitesTheCountysDocument() {
        conditions.record("shaoyang-2021", true, DOC, "第三条", "医疗救助对象须已参加城乡居民基本医疗保险", 0, w.admin);
        LocalDate date = LocalDate.of(2024, 11, 20);
        PersonRecord p = uninsured("430522", date);
        StoredBill bill = w.bill(p, date, w.clerk);
        NotInsuredException e = assertThrows(NotInsuredException.class,
                () -> w.apply(p, bill, LocalDate.of(2024, 12, 2), "5000.00", w.clerk));
        assertEquals("参保台账记载该人员在 2024-11-20（票据结算日）未参加基本医疗保险，不能申请医疗救助。医疗救助须已参加基本医疗保险"
                + "（县区医保局确认：新邵医保发〔2023〕12号 第三条「医疗救助对象须已参加城乡居民基本医疗保险」；邵医保发〔2021〕32号未写明此条件）。"
                + "如已参保，请先更正参保台账", e.message(Locale.SIMPLIFIED_CHINESE));
        assertEquals("The insurance ledger records the person as not insured on 2024-11-20 (the bill's settlement date): no "
                + "assistance without basic insurance. Assistance needs basic medical insurance (confirmed by the county: "
                + "新邵医保发〔2023〕12号 第三条「医疗救助对象须已参加城乡居民基本医疗保险」; 邵医保发〔2021〕32号 does not say so). "
                + "Correct the ledger first if insured", e.message(Locale.ENGLISH));
        assertFalse(e.message(Locale.SIMPLIFIED_CHINESE).contains("待县区医保局确认"));
        assertTrue(w.queries.waitingAt(Stage.APPLIED).isEmpty(), "nothing was written");
    }

    @Test
    void notRequiredByTheCountyAnUninsuredPersonInShaoyangMayApply() {
        LocalDate date = LocalDate.of(2024, 11, 20);
        PersonRecord p = uninsured("430522", date);
        StoredBill bill = w.bill(p, date, w.clerk);
        assertThrows(NotInsuredException.class, () -> w.apply(p, bill, LocalDate.of(2024, 12, 2), "5000.00", w.clerk),
                "refused while the county has not decided (ADR 0050's practice)");
        conditions.record("shaoyang-2021", false, DOC, "第三条", "未参保的困难群众不影响其申请医疗救助", 0, w.admin);
        AssistanceApplication a = w.apply(p, bill, LocalDate.of(2024, 12, 2), "5000.00", w.clerk);
        assertEquals(Stage.APPLIED, a.stage());
        assertEquals(1, w.queries.waitingAt(Stage.APPLIED).size());
    }

    @Test
    void aLaterRequiredDecisionRefusesAgain() {
        LocalDate date = LocalDate.of(2024, 11, 20);
        PersonRecord p = uninsured("430522", date);
        StoredBill bill = w.bill(p, date, w.clerk);
        long first = conditions.record("shaoyang-2021", false, DOC, "第三条", "未参保的困难群众不影响其申请医疗救助", 0, w.admin).id();
        conditions.record("shaoyang-2021", true, "新邵医保发〔2024〕5号", "第二条", "须已参加基本医疗保险", first, w.admin);
        NotInsuredException e = assertThrows(NotInsuredException.class,
                () -> w.apply(p, bill, LocalDate.of(2024, 12, 2), "5000.00", w.clerk));
        assertTrue(e.message(Locale.SIMPLIFIED_CHINESE).contains("新邵医保发〔2024〕5号 第二条「须已参加基本医疗保险」"));
        assertFalse(e.message(Locale.SIMPLIFIED_CHINESE).contains(DOC), "the superseded decision is not cited");
    }

    @Test
    void linyiIsRefusedWithItsOwnClause() {
        LocalDate date = LocalDate.of(2024, 11, 20);
        PersonRecord p = uninsured("371302", date);
        StoredBill bill = w.bill(p, date, w.clerk);
        assertThrows(org.medaid.insurance.InsuranceException.class, () -> conditions.record("linyi-2022", false,
                "临医保发〔2025〕1号", "第一条", "不以参保为条件", 0, w.admin));
        NotInsuredException e = assertThrows(NotInsuredException.class,
                () -> w.apply(p, bill, LocalDate.of(2024, 12, 2), "5000.00", w.clerk));
        assertTrue(e.message(Locale.SIMPLIFIED_CHINESE).contains("医疗救助须已参加基本医疗保险（鲁医保发〔2021〕56号 二(六)"));
    }
}

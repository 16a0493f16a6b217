package org.medaid.bills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.calc.Tier;
import org.medaid.ledger.LedgerService;
import org.medaid.ledger.LedgerRow;
import org.medaid.model.BillKind;
import org.medaid.model.Category;
import org.medaid.model.HospitalLevel;
import org.medaid.model.Location;
import org.medaid.session.Session;
import org.medaid.store.PersonRecord;

/**
 * The bill inputs of POLICY-NOTES §7 and §8 through the store: stored and read back,
 * refused in a Chinese sentence where the bill's policy has no such rule, and handed to the calculator.
 */
class SecondAuditInputsTest {

    @TempDir
    Path dir;

    private TestDesk desk;
    private Session clerk;
    private LedgerService ledger;

    @BeforeEach
    void open() {
        desk = new TestDesk(dir);
        clerk = desk.as("clerk");
        ledger = new LedgerService(desk.db, desk.people, desk.bills, desk.calculator, desk.clock);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private static BillDraft stay(long person, LocalDate admitted, LocalDate discharged, boolean referred, String total,
            String outOfCatalog) {
        return new BillDraft(person, BillKind.INPATIENT, admitted, discharged, "县人民医院", HospitalLevel.COUNTY,
                Location.IN_COUNTY, referred, "肺炎", null, false, new BigDecimal(total), new BigDecimal(outOfCatalog), null, null,
                null, null, null);
    }

    private LedgerRow row(StoredBill b) {
        return ledger.year(b.personId(), b.settlementDate().getYear()).row(b.id()).orElseThrow();
    }

    @Test
    void aReferredStayKeepsItsEarlierStayAndContinuesTheDeductible() {
        PersonRecord p = desk.person("转诊甲", TestDesk.SHAOYANG, "石门村", Category.MINIMUM_LIVING);
        StoredBill first = desk.bills.add(stay(p.id(), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 10), false, "8000.00",
                "0.00"), clerk);
        StoredBill plain = desk.bills.add(stay(p.id(), LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 20), true, "8000.00",
                "0.00"), clerk);
        BigDecimal basicWithout = row(plain).paid(Tier.basic);
        desk.bills.voidBill(plain.id(), plain.version(), "重录转诊", clerk);

        StoredBill referred = desk.bills.add(stay(p.id(), LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 20), true, "8000.00",
                "0.00").withSecondAudit(false, null, null, null, first.id()), clerk);
        StoredBill back = desk.bills.byId(referred.id()).orElseThrow();
        assertEquals(first.id(), back.bill().referredFrom());
        assertEquals(Long.toString(first.id()), back.toModel().referredFrom());
        // 邵医保发〔2021〕32号 四(十二): the county hospital's deductible of 500 was met on the first stay: 75% of 500 more.
        assertEquals(basicWithout.add(new BigDecimal("375.00")), row(back).paid(Tier.basic));
    }

    @Test
    void aReferralToAStayThatDidNotEndTheDayBeforeIsASentence() {
        PersonRecord p = desk.person("转诊乙", TestDesk.SHAOYANG, "石门村", Category.MINIMUM_LIVING);
        StoredBill first = desk.bills.add(stay(p.id(), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 5), false, "8000.00",
                "0.00"), clerk);
        BillRejectedException e = assertThrows(BillRejectedException.class, () -> desk.bills.add(stay(p.id(),
                LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 20), true, "8000.00", "0.00")
                .withSecondAudit(false, null, null, null, first.id()), clerk));
        BillProblem problem = e.problems().get(0);
        assertEquals(BillProblem.Code.REFERRED_FROM_INVALID, problem.code());
        assertTrue(problem.message(Locale.SIMPLIFIED_CHINESE).startsWith("“转出住院票据”须是本人同一年度的住院票据"),
                problem.message(Locale.SIMPLIFIED_CHINESE));

        BillRejectedException notMarked = assertThrows(BillRejectedException.class, () -> desk.bills.add(stay(p.id(),
                LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 20), false, "8000.00", "0.00")
                .withSecondAudit(false, null, null, null, first.id()), clerk));
        assertEquals(BillProblem.Code.REFERRED_FROM_NOT_REFERRED, notMarked.problems().get(0).code());
    }

    @Test
    void inputsThePolicyHasNoRuleForAreRefusedNamingTheField() {
        PersonRecord p = desk.person("丙", TestDesk.LINYI, "东岭村", Category.MINIMUM_LIVING);
        BillDraft d = stay(p.id(), LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 8), false, "10000.00", "2000.00")
                .withSecondAudit(true, new BigDecimal("500.00"), new BigDecimal("300.00"), null, null);
        List<BillProblem> problems = desk.bills.check(d);
        assertEquals(List.of(BillProblem.Code.CATALOGUE_APPROVAL_NOT_IN_POLICY, BillProblem.Code.SUPPLEMENTARY_NOT_IN_POLICY,
                BillProblem.Code.SETTLED_ASSISTANCE_NEEDS_SETTLED_TIERS),
                problems.stream().map(BillProblem::code).toList());
        String supplementary = problems.get(1).message(Locale.SIMPLIFIED_CHINESE);
        assertTrue(supplementary.contains("补充医疗保险支付") && supplementary.contains("临医保发〔2022〕13号"), supplementary);
        BillDraft negative = stay(p.id(), LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 8), false, "10000.00", "0.00")
                .withSecondAudit(false, new BigDecimal("-1"), null, null, null);
        assertEquals(BillProblem.Code.AMOUNT_NEGATIVE, desk.bills.check(negative).get(0).code());
    }

    @Test
    void settledAssistanceIsStoredTakenAsGivenAndComparedWithThePolicy() {
        PersonRecord p = desk.person("丁", TestDesk.SHAOYANG, "石门村", Category.EXTREME_POOR);
        BillDraft d = TestDesk.stay(p.id(), LocalDate.of(2024, 6, 10), "30000.00", "2000.00", "15000.00", "0.00")
                .withSecondAudit(false, null, new BigDecimal("9000.00"), null, null);
        StoredBill b = desk.bills.add(d, clerk);
        StoredBill back = desk.bills.byId(b.id()).orElseThrow();
        assertEquals(new BigDecimal("9000.00"), back.bill().assistance());
        assertNull(back.bill().reAssistance(), "none settled: claimed afterwards");
        LedgerRow r = row(back);
        assertEquals(new BigDecimal("9000.00"), r.paid(Tier.assistance), "the hospital's figure stands");
        assertTrue(r.result().flags().stream().anyMatch(f -> f.code().equals("SETTLED_DIFFERS")), r.result().flags().toString());
    }
}

package org.medaid.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medaid.model.Bill;
import org.medaid.model.BillKind;
import org.medaid.model.CaseFile;
import org.medaid.model.Category;
import org.medaid.model.CategorySpan;
import org.medaid.model.Insurance;
import org.medaid.model.Person;
import org.medaid.policy.PolicyRegistry;

/** The year ledger of POLICY-NOTES §2 on small Linyi examples (低保: critical illness 6,000 then 65%). */
class YearLedgerTest {

    private static final Calculator CALC = new Calculator(PolicyRegistry.bundled());
    private static final Person LOW_INCOME = new Person("371302", Insurance.RESIDENT,
            List.of(new CategorySpan(Category.MINIMUM_LIVING, LocalDate.of(2020, 1, 1), null)));

    static Bill stay(String id, Long seq, String discharged, String total, String basic) {
        return new Bill(id, seq, BillKind.INPATIENT, null, LocalDate.parse(discharged), null, null, false, null, false,
                new BigDecimal(total), null, null, null, new BigDecimal(basic), null, null);
    }

    static BigDecimal criticalIllness(CaseResult r, int i) {
        return r.bills().get(i).paid(Tier.criticalIllness);
    }

    @Test
    void correctingAnEarlierBillRecomputesTheLaterOnes() {
        Bill later = stay("later", null, "2022-08-01", "20000.00", "10000.00");
        CaseResult before = CALC.calculate(new CaseFile(LOW_INCOME, List.of(stay("early", null, "2022-03-01", "10000.00", "6000.00"), later), null));
        // early base 4,000 < 6,000; later: B = 14,000 → (14,000 − 6,000) × 65% = 5,200.
        assertEquals(new BigDecimal("5200.00"), criticalIllness(before, 1));
        CaseResult corrected = CALC.calculate(new CaseFile(LOW_INCOME, List.of(stay("early", null, "2022-03-01", "14000.00", "6000.00"), later), null));
        // early base 8,000 → 1,300; later: B = 18,000 → 7,800 − 1,300 = 6,500.
        assertEquals(new BigDecimal("1300.00"), criticalIllness(corrected, 0));
        assertEquals(new BigDecimal("6500.00"), criticalIllness(corrected, 1));
    }

    @Test
    void aNewYearStartsANewLedger() {
        CaseResult r = CALC.calculate(new CaseFile(LOW_INCOME, List.of(
                stay("december", null, "2022-12-31", "20000.00", "10000.00"),
                stay("january", null, "2023-01-01", "20000.00", "10000.00")), null));
        // Each year pays the 6,000 deductible: (10,000 − 6,000) × 65% = 2,600 both times.
        assertEquals(new BigDecimal("2600.00"), criticalIllness(r, 0));
        assertEquals(new BigDecimal("2600.00"), criticalIllness(r, 1));
        assertEquals(2023, r.bills().get(1).year());
    }

    @Test
    void billsOfOneDayFollowTheirEntryOrder() {
        CaseResult r = CALC.calculate(new CaseFile(LOW_INCOME, List.of(
                stay("b", 2L, "2022-05-01", "20000.00", "10000.00"),
                stay("a", 1L, "2022-05-01", "12000.00", "6000.00")), null));
        // a (seq 1) first: base 6,000 meets the deductible → 0; b: (16,000 − 6,000) × 65% = 6,500.
        assertEquals(new BigDecimal("6500.00"), criticalIllness(r, 0));
        assertEquals(new BigDecimal("0.00"), criticalIllness(r, 1));
    }

    @Test
    void theCapIsSharedByEveryBillOfTheYear() {
        // Linyi 低保 assistance 70%, annual cap 10,000: bill 2 pays 7,400 × 70% = 5,180; bill 3 is due
        // (21,400 × 70%) − 5,180 = 9,800 but only 4,820 is left.
        CaseResult r = CALC.calculate(new CaseFile(LOW_INCOME, List.of(
                stay("1", null, "2022-03-01", "20000.00", "20000.00"),
                stay("2", null, "2022-04-01", "40000.00", "30000.00"),
                stay("3", null, "2022-05-01", "80000.00", "40000.00")), null));
        BigDecimal assistance = r.bills().stream().map(b -> b.paid(Tier.assistance)).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new BigDecimal("10000.00"), assistance);
    }

    @Test
    void aFlagACountyAddsWithItsOwnCodeIsShownWithItsClause() throws Exception {
        String text;
        try (var in = getClass().getResourceAsStream("/org/medaid/policies/linyi-2022.yaml")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        // the county's flag joins the policy's flags, wherever that section stands in the file
        text = text.replace("\nflags:\n", "\nflags:\n  - code: COUNTY_REVIEW\n    kind: HOLDS_CATEGORY\n    categories: [MINIMUM_LIVING]\n"
                + "    source: 某县医保局通知 三\n");
        var policy = org.medaid.policy.PolicyLoader.read("linyi-2022.yaml",
                new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        CaseResult r = new Calculator(new PolicyRegistry(List.of(policy))).calculate(new CaseFile(LOW_INCOME,
                List.of(stay("b", null, "2022-05-01", "1000.00", "500.00")), null));
        FlagNote flag = r.bills().get(0).flags().stream().filter(f -> f.code().equals("COUNTY_REVIEW")).findFirst().orElseThrow();
        assertEquals("某县医保局通知 三", flag.source());
        assertEquals(true, flag.text().contains("COUNTY_REVIEW"));
    }
}

package org.medaid.print;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.medaid.calc.BillResult;
import org.medaid.calc.Calculator;
import org.medaid.model.Bill;
import org.medaid.model.BillKind;
import org.medaid.model.CaseFile;
import org.medaid.model.Category;
import org.medaid.model.CategorySpan;
import org.medaid.model.HospitalLevel;
import org.medaid.model.Insurance;
import org.medaid.model.Location;
import org.medaid.model.Person;
import org.medaid.policy.PolicyRegistry;

/** Slips computed by the real calculator from the bundled policies, for the print tests and renders. */
public final class SlipFixtures {

    private static final Calculator CALCULATOR = new Calculator(PolicyRegistry.bundled());

    private SlipFixtures() {
    }

    /** 临沂 低保, one county stay (docs/case-file.md): 大病 12,350.00, 救助 8,855.00, 个人 8,795.00. */
    public static SlipData linyi() {
        Person p = new Person("371302", Insurance.RESIDENT,
                List.of(new CategorySpan(Category.MINIMUM_LIVING, LocalDate.of(2022, 5, 10), null)));
        Bill b = new Bill("b1", null, BillKind.INPATIENT, LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 12),
                HospitalLevel.COUNTY, Location.IN_COUNTY, false, null, false, money("60000.00"), money("3000.00"),
                money("2000.00"), BigDecimal.ZERO, money("30000.00"), null, null);
        return slip(p, b, List.of(b), "李秀英", "371302195803154228", "临沂市兰山区人民医院", "2型糖尿病伴多个并发症",
                "兰山区枣园镇人民政府");
    }

    /**
     * 邵阳 低保, the second stay of 2023 (a province hospital): uses unconfirmed basic-insurance figures and
     * raises the 倾斜救助 review flag.
     */
    public static SlipData shaoyangSecondStay() {
        Person p = new Person("430521", Insurance.RESIDENT,
                List.of(new CategorySpan(Category.MINIMUM_LIVING, LocalDate.of(2021, 1, 1), null)));
        Bill first = new Bill("s1", null, BillKind.INPATIENT, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 10),
                HospitalLevel.CITY, Location.IN_CITY, false, null, false, money("48000"), money("2500"), money("1500"),
                money("300"), null, null, null);
        Bill second = new Bill("s2", null, BillKind.INPATIENT, LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 20),
                HospitalLevel.PROVINCE, Location.IN_PROVINCE, true, null, false, money("120000"), money("8000"),
                money("3000"), BigDecimal.ZERO, null, null, null);
        return slip(p, second, List.of(first, second), "刘建国", "430521196502171234", "湖南省人民医院",
                "慢性阻塞性肺疾病急性加重；Ⅱ型呼吸衰竭", "邵东县流光岭镇人民政府");
    }

    static SlipData slip(Person p, Bill bill, List<Bill> year, String name, String id, String hospital, String diagnosis,
            String office) {
        BillResult r = CALCULATOR.calculate(new CaseFile(p, year, null)).bills().stream()
                .filter(x -> x.id().equals(bill.id())).findFirst().orElseThrow();
        SlipPolicy policy = SlipPolicy.of(CALCULATOR.policyFor(p.region(), bill.settlementDate()));
        return new SlipData(office, new SlipPerson(name, id, p.insurance(), p.categories(), null),
                new SlipStay(bill, hospital, diagnosis), r, policy, "王小红", LocalDate.of(2024, 5, 6), false, null,
                IdDisplay.MASKED);
    }

    static BigDecimal money(String s) {
        return new BigDecimal(s);
    }
}

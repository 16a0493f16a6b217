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
import org.medaid.print.ApplicationFormData.Applicant;
import org.medaid.print.ApplicationFormData.BankAccount;
import org.medaid.print.ApplicationFormData.FormBill;
import org.medaid.print.ApplicationFormData.Member;
import org.medaid.print.ApplicationStages.Approval;
import org.medaid.print.ApplicationStages.Payout;
import org.medaid.print.ApplicationStages.Publicity;
import org.medaid.print.ApplicationStages.Refusal;
import org.medaid.print.ApplicationStages.Review;
import org.medaid.print.ApplicationStages.Stage;
import org.medaid.print.ApplicationStages.Step;

/**
 * Applications for assistance by application (邵医保发〔2021〕32号 三(八): 低保边缘, deductible 6,000, 50%),
 * with the bill settled by the real calculator: 医疗救助 5,948.00 on a 2024 stay.
 */
public final class ApplicationFixtures {

    static final LocalDate APPLIED = LocalDate.of(2024, 5, 6);

    private ApplicationFixtures() {
    }

    public static BillResult settledBill() {
        Person p = new Person("430521", Insurance.RESIDENT,
                List.of(new CategorySpan(Category.MARGINAL, LocalDate.of(2022, 1, 1), null)));
        Bill b = new Bill("a1", null, BillKind.INPATIENT, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 22),
                HospitalLevel.CITY, Location.IN_CITY, true, null, true, new BigDecimal("86000"), new BigDecimal("4200"),
                new BigDecimal("2600"), BigDecimal.ZERO, null, null, null);
        return new Calculator(PolicyRegistry.bundled()).calculate(new CaseFile(p, List.of(b), null)).bills().get(0);
    }

    /** Applied, reviewed with a household visit, noticed, approved and paid. */
    public static ApplicationFormData paid() {
        BillResult r = settledBill();
        ApplicationStages stages = new ApplicationStages(
                new Step("王小红", APPLIED, null),
                new Review(new Step("王小红", LocalDate.of(2024, 5, 14), "经入户调查，家庭因病支出较大，情况属实，同意上报。"),
                        LocalDate.of(2024, 5, 9), "王小红、周志强"),
                new Publicity(LocalDate.of(2024, 5, 16), "公示期内无异议"),
                new Approval(new Step("县医疗保障局 陈明", LocalDate.of(2024, 5, 27), "同意救助"), r.paid(org.medaid.calc.Tier.assistance)),
                new Payout(new Step("县医疗保障局 赵丽", LocalDate.of(2024, 6, 3), null), r.paid(org.medaid.calc.Tier.assistance)),
                null);
        return data(r, stages);
    }

    /** Just received: the later stages print blank, with the deadlines computed. */
    public static ApplicationFormData received() {
        return data(settledBill(), new ApplicationStages(new Step("王小红", APPLIED, null), null, null, null, null, null));
    }

    /** Refused at the township review, with the reason the applicant is given. */
    public static ApplicationFormData refused() {
        ApplicationStages stages = new ApplicationStages(
                new Step("王小红", APPLIED, null),
                new Review(new Step("王小红", LocalDate.of(2024, 5, 14), "不同意上报"), LocalDate.of(2024, 5, 9), "王小红、周志强"),
                null, null, null,
                new Refusal(Stage.TOWNSHIP_REVIEW, new Step("流光岭镇人民政府 王小红", LocalDate.of(2024, 5, 14), null),
                        "经入户调查，家庭年可支配收入高于当地规定标准，不符合依申请救助条件。"));
        return data(settledBill(), stages);
    }

    private static ApplicationFormData data(BillResult r, ApplicationStages stages) {
        return new ApplicationFormData("邵东县流光岭镇人民政府", "LGL-2024-017",
                new Applicant("刘桂兰", "女", "430521197109083426", "139 7390 1234", "邵东县流光岭镇白竹村三组",
                        "低保边缘家庭成员", "城乡居民医保"),
                List.of(new Member("唐建军", "配偶", "430521196804113417", "务农，年收入约1.2万元"),
                        new Member("唐小燕", "女儿", "430521199805203429", "在外务工")),
                new BankAccount("邵东农村商业银行流光岭支行", "刘桂兰", "6214 6655 0102 3387 219"),
                List.of(FormBill.of("邵阳市中心医院", LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 22), r)),
                "本人2024年3月因病在邵阳市中心医院住院治疗，经基本医保和大病保险报销后个人负担仍然较重，家庭生活困难，特申请医疗救助。",
                stages, LocalDate.of(2024, 6, 3), IdDisplay.FULL);
    }
}

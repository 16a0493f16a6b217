package org.medaid.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.medaid.policy.Param;
import org.medaid.policy.Policy;
import org.medaid.policy.PolicyRegistry;
import org.medaid.policy.Procedure;

/**
 * The application procedure that holds for a case (ADR 0038): the one of the policy in force in the person's
 * policy region on the day of the application, with the county's figures (the desk's current registry). A
 * policy file without a procedure section gets POLICY-NOTES §8's reading: the steps and deadlines of
 * 邵医保发〔2021〕32号 三(八), every figure marked unconfirmed.
 */
public final class Procedures {

    private static final String NOTES = "结算台口径说明 §8（文件未规定申请审批程序，沿用邵医保发〔2021〕32号 三(八) 的步骤和时限）";
    private static final String WHY = "文件未规定申请审批时限；此为默认值，须由县区医保局确认（结算台口径说明 §8）";

    /** The reading of POLICY-NOTES §8 for a policy file without a procedure section. */
    public static final Procedure UNSET = new Procedure("申请审批", NOTES,
            step("乡镇入户调查和审核", "乡镇人民政府（街道办事处）", "受理申请之日", "procedure.townshipReview.days", 10, "乡镇入户调查和审核时限（工作日）"),
            step("县级医保部门审核", "县级医疗保障部门", "接到乡镇报送材料之日", "procedure.countyReview.days", 10, "县级医保部门审核时限（工作日）"),
            step("拨付到救助对象银行账户", "县级医疗保障部门", "县级审核完成之日", "procedure.payment.days", 10, "救助资金拨付时限（工作日）"),
            step("季度村级公示（审批拨付之后）", "乡镇人民政府（街道办事处）", "每季度末", "procedure.quarterlyNotice.days", 5,
                    "季度村级公示期（工作日）"),
            new Param("procedure.preApprovalNotice.days", BigDecimal.ZERO, NOTES, true, WHY, "审批前公示天数（工作日，0为不公示）"));

    private final Supplier<PolicyRegistry> policies;

    public Procedures(Supplier<PolicyRegistry> policies) {
        this.policies = policies;
    }

    /** The bundled policies, read once. */
    public static Procedures bundled() {
        PolicyRegistry[] once = new PolicyRegistry[1];
        return new Procedures(() -> {
            synchronized (once) {
                if (once[0] == null) {
                    once[0] = PolicyRegistry.bundled();
                }
                return once[0];
            }
        });
    }

    /** The procedure for a person of {@code region} applying on {@code on}. */
    public Procedure of(String region, LocalDate on) {
        return policies.get().find(region, on).map(Policy::procedure).orElse(UNSET);
    }

    /**
     * The policy in force for a person of {@code region} on {@code on} (the desk's registry, county figures laid over), or
     * empty: what a 未参保 refusal cites ({@code coverage.required}, ADR 0092).
     */
    public java.util.Optional<Policy> policy(String region, LocalDate on) {
        return policies.get().find(region, on);
    }

    private static Procedure.Step step(String label, String actor, String counts, String name, int days, String paramLabel) {
        return new Procedure.Step(label, actor, counts, new Param(name, BigDecimal.valueOf(days), NOTES, true, WHY, paramLabel));
    }
}

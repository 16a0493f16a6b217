package org.medaid.bills;

import java.util.List;
import org.medaid.model.BillKind;
import org.medaid.model.Insurance;
import org.medaid.policy.Group;
import org.medaid.policy.Policy;
import org.medaid.policy.Track;

/**
 * POLICY-NOTES §7.2 on the bill form: an employee's (职工医保) bill needs the basic insurance the hospital
 * settled, and its critical illness too unless the policy has critical-illness rules for employees (Chaozhou);
 * the calculator refuses it otherwise, so the form says so first, in a sentence naming the field.
 */
final class EmployeeBills {

    private EmployeeBills() {
    }

    static void check(List<BillProblem> out, BillDraft d, Insurance insurance, Policy policy) {
        if (insurance != Insurance.EMPLOYEE || d.kind() == null) {
            return;
        }
        if (d.basic() == null) {
            out.add(BillProblem.of(BillProblem.Code.EMPLOYEE_BASIC_REQUIRED, "basic"));
        }
        if (d.criticalIllness() == null && !employeeRules(policy, d.kind())) {
            out.add(BillProblem.of(BillProblem.Code.EMPLOYEE_CRITICAL_ILLNESS_REQUIRED, "criticalIllness", policy.document()));
        }
    }

    private static boolean employeeRules(Policy policy, BillKind kind) {
        for (Track t : policy.criticalIllness()) {
            if (t.kinds().contains(kind)) {
                return t.groups().stream().map(Group::insurance).anyMatch(i -> i == Insurance.EMPLOYEE);
            }
        }
        return true;
    }
}

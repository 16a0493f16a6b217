package org.medaid.bills;

import java.util.List;
import org.medaid.bills.BillProblem.Code;
import org.medaid.model.BillKind;
import org.medaid.policy.CatalogueShare;
import org.medaid.policy.Policy;

/**
 * The bill inputs of POLICY-NOTES §7 and §8 checked against the bill's policy before the calculator sees them,
 * so the clerk reads a sentence naming the field instead of the calculator's refusal: an approved special case
 * only where 广西 三(五) applies to the kind; a supplementary insurance only under a policy that names one
 * (§7.4); settled assistance only beside the basic and critical-illness amounts the hospital settled (§8); an
 * earlier stay only for a stay marked referred under a policy whose deductible continues (§7.5).
 */
final class SecondAuditInputs {

    private SecondAuditInputs() {
    }

    static void check(List<BillProblem> out, BillDraft d, Policy policy) {
        CatalogueShare share = policy.extras().catalogueShare();
        if (d.outOfCatalogApproved() && (share == null || d.kind() == null || !share.kinds().contains(d.kind()))) {
            out.add(BillProblem.of(Code.CATALOGUE_APPROVAL_NOT_IN_POLICY, "outOfCatalogApproved", policy.document()));
        }
        if (d.supplementaryInsurance() != null && d.supplementaryInsurance().signum() > 0
                && policy.extras().supplementary() == null) {
            out.add(BillProblem.of(Code.SUPPLEMENTARY_NOT_IN_POLICY, "supplementaryInsurance", policy.document()));
        }
        if ((d.assistance() != null || d.reAssistance() != null) && (d.basic() == null || d.criticalIllness() == null)) {
            out.add(BillProblem.of(Code.SETTLED_ASSISTANCE_NEEDS_SETTLED_TIERS, d.assistance() != null ? "assistance" : "reAssistance"));
        }
        if (d.referredFrom() != null) {
            if (policy.extras().referralSource() == null) {
                out.add(BillProblem.of(Code.REFERRAL_NOT_IN_POLICY, "referredFrom", policy.document()));
            } else if (!d.referred() || d.kind() != BillKind.INPATIENT) {
                out.add(BillProblem.of(Code.REFERRED_FROM_NOT_REFERRED, "referredFrom"));
            }
        }
    }
}

package org.medaid.calc;

import java.math.BigDecimal;
import org.medaid.model.Insurance;
import org.medaid.model.Money;
import org.medaid.policy.CatalogueShare;
import org.medaid.policy.Group;
import org.medaid.policy.SupplementaryRule;
import org.medaid.policy.Track;

/**
 * The readings of POLICY-NOTES §7 and §8 that sit between the tiers: employees' settled amounts, a
 * supplementary insurance before assistance, hospital-settled re-assistance, and Guangxi's catalogue share.
 */
final class SecondAudit {

    private SecondAudit() {
    }

    /**
     * POLICY-NOTES §7.2: no document gives employee basic-insurance rates, and only 潮医保〔2021〕48号 二.6 gives
     * employee critical-illness figures, so an employee bill carries what the hospital settled.
     * §7.4: only the two documents that name a supplementary insurance take one.
     */
    static void checkInput(BillContext c) {
        String bill = "bill " + c.bill.id() + ": ";
        if (c.person.insurance() == Insurance.EMPLOYEE) {
            if (c.bill.basic() == null) {
                throw new CalculationException(bill + "basic is required for an employee (职工医保) bill: no document gives"
                        + " employee basic-insurance rates; enter what the hospital settled");
            }
            if (c.bill.criticalIllness() == null && !employeeCriticalIllness(c)) {
                throw new CalculationException(bill + "criticalIllness is required for an employee (职工医保) bill under "
                        + c.policy.id() + ": its critical-illness rules are for residents only; enter what the hospital settled");
            }
            c.flag("EMPLOYEE", Explain.text("flag.EMPLOYEE"), c.policy.document());
        }
        BigDecimal supplementary = c.bill.supplementaryInsurance();
        if (supplementary != null && supplementary.signum() > 0 && c.policy.extras().supplementary() == null) {
            throw new CalculationException(bill + "supplementaryInsurance is not taken under " + c.policy.id()
                    + ": the document names no supplementary insurance before assistance");
        }
        if ((c.bill.assistance() != null || c.bill.reAssistance() != null)
                && (c.bill.basic() == null || c.bill.criticalIllness() == null)) {
            // One-stop settlement (POLICY-NOTES §8) settles every tier; the hospital's assistance rests on its own figures.
            throw new CalculationException(bill + "assistance settled by the hospital needs the basic and criticalIllness"
                    + " it settled as well");
        }
        if (c.bill.referredFrom() != null && !c.bill.referred()) {
            throw new CalculationException(bill + "referredFrom is given but the stay is not marked referred");
        }
    }

    /** Whether the policy computes critical illness for employees on this bill's kind (a group for EMPLOYEE). */
    private static boolean employeeCriticalIllness(BillContext c) {
        for (Track t : c.policy.criticalIllness()) {
            if (t.kinds().contains(c.bill.kind())) {
                return t.groups().stream().map(Group::insurance).anyMatch(i -> i == Insurance.EMPLOYEE);
            }
        }
        return true; // no critical-illness track for this kind: nothing to enter
    }

    /** POLICY-NOTES §7.4: the amount the supplementary insurance paid, after critical illness, before assistance. */
    static void supplementary(BillContext c) {
        BigDecimal amount = c.bill.supplementaryInsurance();
        SupplementaryRule rule = c.policy.extras().supplementary();
        if (amount == null || amount.signum() == 0 || rule == null) {
            return;
        }
        BigDecimal left = c.bill.total().subtract(c.paidSoFar());
        if (amount.compareTo(left) > 0) {
            throw new CalculationException("bill " + c.bill.id() + ": supplementaryInsurance " + amount.toPlainString()
                    + " is more than the bill leaves after basic insurance and critical illness (" + left.toPlainString() + ")");
        }
        c.pay.put(Tier.supplementaryInsurance, amount);
        c.line(Tier.supplementaryInsurance, Explain.phrase("supplementary.settled", Explain.tier(Tier.supplementaryInsurance),
                rule.name(), amount), rule.source());
    }

    /**
     * POLICY-NOTES §8: re-assistance the hospital settled (a top-up or hand-entered tilt policy) stands as given;
     * what the policy gave is reported beside it.
     */
    static void settledReAssistance(BillContext c) {
        BigDecimal settled = c.bill.reAssistance();
        if (settled == null) {
            return;
        }
        BigDecimal computed = c.pay.get(Tier.reAssistance);
        c.pay.put(Tier.reAssistance, settled);
        c.line(Tier.reAssistance, Explain.phrase("settled", Explain.tier(Tier.reAssistance), settled), "医院结算单");
        c.computedBeside(Tier.reAssistance, computed, settled);
    }

    /**
     * 广西 三(五) (POLICY-NOTES §7.1): catalogue costs at least 90% of the total; the out-of-catalogue part above
     * round2(total × 10%) is borne by the hospital, unless the bill is an approved special case (特殊病例).
     */
    static void catalogueShare(BillContext c) {
        CatalogueShare rule = c.policy.extras().catalogueShare();
        if (rule == null || !rule.kinds().contains(c.bill.kind()) || !c.holdsAny(rule.categories())
                || c.bill.outOfCatalog().signum() == 0) {
            return;
        }
        String name = Explain.tier(Tier.hospitalReduction);
        if (c.bill.outOfCatalogApproved()) {
            c.line(Tier.hospitalReduction, Explain.phrase("catalogue.approved", name), rule.source());
            return;
        }
        c.use(rule.maxShare());
        BigDecimal allowed = Money.round2(c.bill.total().multiply(rule.maxShare().value()));
        BigDecimal excess = Money.max0(c.bill.outOfCatalog().subtract(allowed));
        if (excess.signum() == 0) {
            c.line(Tier.hospitalReduction, Explain.phrase("catalogue.within", name, c.bill.outOfCatalog(), c.bill.total(),
                    Explain.rate(rule.maxShare().value()), allowed), rule.source());
            return;
        }
        BigDecimal borne = Money.min(excess, Money.max0(c.bill.total().subtract(c.paidSoFar())));
        c.pay.put(Tier.hospitalReduction, c.pay.get(Tier.hospitalReduction).add(borne));
        c.line(Tier.hospitalReduction, Explain.phrase("catalogue.formula", name, c.bill.outOfCatalog(), c.bill.total(),
                Explain.rate(rule.maxShare().value()), borne), rule.source());
    }
}

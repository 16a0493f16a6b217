package org.medaid.calc;

import java.math.BigDecimal;
import org.medaid.model.BillKind;
import org.medaid.model.Location;
import org.medaid.model.Money;
import org.medaid.policy.Fallback;
import org.medaid.policy.HospitalWaiver;
import org.medaid.policy.Param;
import org.medaid.policy.ReAssistanceRules;

/** What comes after the scheduled tiers: a hand-entered tilt, the 2019 hospital waiver and fallback. */
final class ReliefTiers {

    private ReliefTiers() {
    }

    /** 邵医保发〔2021〕32号 三(八): the tilt amount is decided by review and entered by hand. */
    static void manual(BillContext c, ReAssistanceRules.Manual manual) {
        BigDecimal approved = c.bill.tiltApproved();
        if (approved == null) {
            return;
        }
        if (manual == null || !manual.kinds().contains(c.bill.kind())) {
            throw new CalculationException("bill " + c.bill.id() + ": policy " + c.policy.id()
                    + " has no hand-entered tilt assistance for " + c.bill.kind() + " (tiltApproved)");
        }
        BigDecimal left = Money.max0(c.compliant.subtract(c.paidSoFar()));
        if (approved.compareTo(left) > 0) {
            throw new CalculationException("bill " + c.bill.id() + ": tiltApproved " + approved.toPlainString()
                    + " is more than the compliant cost left after the tiers (" + left.toPlainString() + ")");
        }
        c.pay.put(Tier.reAssistance, c.pay.get(Tier.reAssistance).add(approved));
        c.line(Tier.reAssistance, Explain.phrase("manual.formula", Explain.tier(Tier.reAssistance), approved), manual.source());
    }

    /** 邵医保发〔2019〕13号 二(三): the treating hospital waives 50% of what is left for the 29 diseases. */
    static void waiver(BillContext c, HospitalWaiver w) {
        if (w == null || !c.holdsAny(w.categories()) || c.bill.specialDisease() == null
                || !w.diseases().contains(c.bill.specialDisease())) {
            return;
        }
        BigDecimal paid = c.paidSoFar();
        BigDecimal left = Money.max0(c.bill.total().subtract(paid));
        BigDecimal amount = Money.round2(left.multiply(w.rate().value()));
        c.use(w.rate());
        c.pay.put(Tier.hospitalReduction, amount);
        c.line(Tier.hospitalReduction, Explain.phrase("waiver.formula", Explain.tier(Tier.hospitalReduction), c.bill.total(), paid,
                Explain.rate(w.rate().value()), amount), w.source());
    }

    /**
     * 邵医保发〔2019〕13号 一(二)4 and 二(三): inpatient bills topped up to 85% of the total in county,
     * 80% out of county for the 29 diseases after referral, none out of county without referral.
     */
    static void fallback(BillContext c, Fallback f) {
        if (f == null || c.bill.kind() != BillKind.INPATIENT || !c.holdsAny(f.categories())) {
            return;
        }
        Param ratio;
        if (c.bill.location() == Location.IN_COUNTY) {
            ratio = f.inCountyRatio();
        } else if (c.bill.referred() && c.bill.specialDisease() != null && f.diseases().contains(c.bill.specialDisease())) {
            ratio = f.referredRatio();
        } else {
            c.line(Tier.fallback, Explain.phrase("fallback.none", Explain.tier(Tier.fallback)), f.source());
            return;
        }
        BigDecimal target = Money.round2(c.bill.total().multiply(ratio.value()));
        BigDecimal paid = c.paidSoFar();
        BigDecimal amount = Money.max0(target.subtract(paid));
        c.use(ratio);
        c.pay.put(Tier.fallback, amount);
        c.line(Tier.fallback, Explain.phrase("fallback.formula", Explain.tier(Tier.fallback), c.bill.total(),
                Explain.rate(ratio.value()), target, paid, amount), f.source());
    }
}

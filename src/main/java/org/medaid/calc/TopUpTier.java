package org.medaid.calc;

import java.math.BigDecimal;
import org.medaid.model.Money;
import org.medaid.policy.Param;
import org.medaid.policy.TopUp;

/**
 * Guangxi's 倾斜救助 (广西 三(三)), kept cumulative like every tier: with R the year's target
 * reimbursement (ratio × compliant cost of each qualifying bill), P what the three tiers paid on them and
 * W the burden they left, the year's entitlement is F = max(0, R − P) once W reaches the threshold.
 * The year's entitlement is E = min(cap, F). A bill pays E − what was paid before, never more than its own
 * burden; what a bill cannot carry is owed on the year's later bills and flagged. F falls when a later bill
 * is reimbursed above the target; a top-up already paid is not taken back (docs/decisions/0004-top-up-ledger.md).
 */
final class TopUpTier {

    private TopUpTier() {
    }

    static void settle(BillContext c, TopUp t) {
        Param ratio = t.targetRatio().get(c.bill.kind());
        if (ratio == null || !c.holdsAny(t.categories())) {
            return;
        }
        YearLedger y = c.ledger;
        BigDecimal covered = c.pay.get(Tier.basic).add(c.pay.get(Tier.criticalIllness)).add(c.pay.get(Tier.assistance));
        BigDecimal burden = Money.max0(c.compliant.subtract(covered));
        y.topUpTarget = y.topUpTarget.add(c.compliant.multiply(ratio.value()));
        y.topUpCovered = y.topUpCovered.add(covered);
        y.topUpBurden = y.topUpBurden.add(burden);
        String name = Explain.tier(Tier.reAssistance);
        c.use(t.threshold());
        if (y.topUpBurden.compareTo(t.threshold().value()) < 0) {
            c.line(Tier.reAssistance, Explain.phrase("topup.below", name, y.topUpBurden, t.threshold().value()), t.source());
            return;
        }
        c.use(ratio);
        BigDecimal paidBefore = y.paid.get(Tier.reAssistance);
        BigDecimal entitled = Money.max0(Money.round2(y.topUpTarget).subtract(y.topUpCovered));
        if (t.cap().isSet() && t.cap().value().compareTo(entitled) < 0) {
            // The cap bounds the year's entitlement, so nothing beyond it is ever carried.
            c.use(t.cap());
            c.line(Tier.reAssistance, Explain.phrase("topup.cap", name, t.cap().value()), t.cap().source());
            entitled = Money.round2(t.cap().value());
        }
        y.topUpEntitled = entitled;
        BigDecimal due = Money.max0(entitled.subtract(paidBefore));
        c.line(Tier.reAssistance, Explain.phrase("topup.formula", name, Explain.rate(ratio.value()), Money.round2(y.topUpTarget),
                y.topUpCovered.add(paidBefore), due), t.source());
        if (paidBefore.compareTo(entitled) > 0) {
            // A later bill reimbursed above the target lowered the year's shortfall; what was paid stays paid.
            c.line(Tier.reAssistance, Explain.phrase("topup.ahead", name, paidBefore, entitled), t.source());
        }
        BigDecimal pay = Money.min(due, burden);
        c.pay.put(Tier.reAssistance, pay);
        if (pay.signum() > 0 && t.requiresApplication()) {
            c.flag("TOP_UP_APPLICATION", Explain.text("flag.TOP_UP_APPLICATION"), t.source());
        }
        BigDecimal carried = due.subtract(pay);
        y.topUpCarried = carried;
        if (carried.signum() > 0) {
            c.line(Tier.reAssistance, Explain.phrase("topup.carried", name, carried), t.source());
            c.flag("TOP_UP_CARRIED", Explain.text("flag.TOP_UP_CARRIED", carried), t.source());
        }
    }
}

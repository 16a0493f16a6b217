package org.medaid.calc;

import java.math.BigDecimal;
import org.medaid.model.Location;
import org.medaid.model.Money;
import org.medaid.policy.BasicRow;
import org.medaid.policy.BasicRules;
import org.medaid.policy.BasicTilt;
import org.medaid.policy.Param;
import org.medaid.policy.RemoteWaiver;

/**
 * Basic medical insurance: taken as the hospital settled it when the bill carries it, otherwise the
 * policy's table with a deductible per admission and the annual cap (POLICY-NOTES §2).
 */
final class BasicTier {

    private BasicTier() {
    }

    static void settle(BillContext c) {
        BasicRules rules = c.policy.basic();
        BigDecimal paidBefore = c.ledger.paid.get(Tier.basic);
        if (c.bill.basic() != null) {
            c.pay.put(Tier.basic, c.bill.basic());
            c.line(Tier.basic, Explain.phrase("settled", Explain.tier(Tier.basic), c.bill.basic()), "医院结算单");
            Referral.remember(c, rules.row(c.bill.kind(), c.bill.hospitalLevel(), c.person.insurance())
                    .map(r -> r.deductible().value()).orElse(Money.ZERO));
            return;
        }
        BasicRow row = rules.row(c.bill.kind(), c.bill.hospitalLevel(), c.person.insurance())
                .orElseThrow(() -> new CalculationException("policy " + c.policy.id() + " has no basic-insurance row for "
                        + c.bill.kind() + " at " + c.bill.hospitalLevel()));
        BasicTilt tilt = null;
        for (BasicTilt t : rules.tilts()) {
            if (c.holdsAny(t.categories())) {
                tilt = t;
                break;
            }
        }
        BigDecimal eligible = c.compliant;
        Param firstSelfPay = rules.remoteFirstSelfPay().get(c.bill.location());
        if (firstSelfPay != null && firstSelfPay.value().signum() > 0) {
            RemoteWaiver w = rules.remoteWaiver();
            if (w != null && !c.bill.settlementDate().isBefore(w.from()) && c.holdsAny(w.categories())
                    && w.locations().contains(c.bill.location())) {
                c.line(Tier.basic, Explain.phrase("basic.remoteWaived"), w.source());
            } else {
                c.use(firstSelfPay);
                eligible = Money.round2(c.compliant.multiply(BigDecimal.ONE.subtract(firstSelfPay.value())));
                c.line(Tier.basic, Explain.phrase("basic.remote", Explain.rate(firstSelfPay.value()), eligible), firstSelfPay.source());
            }
        }
        BigDecimal deductible = Referral.deductible(c, row.deductible().value());
        Referral.remember(c, deductible);
        BigDecimal rate = row.rate().value();
        String source = row.rate().source();
        c.use(row.rate());
        c.use(row.deductible());
        if (tilt != null && tilt.kinds().contains(c.bill.kind())) {
            // 邵医保发〔2019〕13号 一(二)1: the +10 points are on 住院 costs only; the cap holds for every bill.
            rate = Money.min(BigDecimal.ONE, rate.add(tilt.rateBonus().value()));
            source = tilt.source();
            c.use(tilt.rateBonus());
        }
        BigDecimal raw = Money.round2(Money.max0(eligible.subtract(deductible)).multiply(rate));
        c.line(Tier.basic, Explain.phrase("basic.formula", Explain.tier(Tier.basic), eligible, deductible,
                Explain.rate(rate), raw), source);
        Param cap = tilt != null ? tilt.cap() : rules.cap();
        BigDecimal pay = raw;
        if (cap != null && cap.isSet()) {
            BigDecimal room = Money.max0(cap.value().subtract(paidBefore));
            if (room.compareTo(raw) < 0) {
                pay = room;
                c.use(cap);
                c.line(Tier.basic, Explain.phrase("basic.cap", Explain.tier(Tier.basic), cap.value(), paidBefore, pay), cap.source());
            }
        }
        c.pay.put(Tier.basic, pay);
    }
}

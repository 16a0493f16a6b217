package org.medaid.calc;

import java.math.BigDecimal;
import org.medaid.model.Bill;
import org.medaid.model.BillKind;
import org.medaid.model.Money;

/**
 * 邵医保发〔2021〕32号 四(十二) (POLICY-NOTES §7.5): a stay referred on from an earlier stay of the same year that
 * ended on the admission day or the day before pays only the part of its basic deductible above the
 * deductible applied to that earlier stay (住院起付线连续计算).
 */
final class Referral {

    private Referral() {
    }

    /** The deductible this stay pays: the table's, less the earlier stay's where the policy continues it. */
    static BigDecimal deductible(BillContext c, BigDecimal tableDeductible) {
        Bill bill = c.bill;
        String source = c.policy.extras().referralSource();
        if (source == null || !bill.referred() || bill.referredFrom() == null || bill.kind() != BillKind.INPATIENT) {
            return tableDeductible;
        }
        Bill earlier = c.ledger.stays.get(bill.referredFrom());
        boolean adjoining = earlier != null && bill.admitted() != null && earlier.discharged() != null
                && !earlier.discharged().isAfter(bill.admitted()) && !earlier.discharged().isBefore(bill.admitted().minusDays(1));
        if (!adjoining) {
            throw new CalculationException("bill " + bill.id() + ": referredFrom names '" + bill.referredFrom()
                    + "', which is not an inpatient stay of " + c.ledger.year
                    + " that ended on the admission day or the day before");
        }
        BigDecimal applied = c.ledger.stayDeductible.getOrDefault(earlier.id(), Money.ZERO);
        BigDecimal left = Money.max0(tableDeductible.subtract(applied));
        // Along a chain of referrals the deductible reached so far carries on.
        c.ledger.stayDeductible.put(bill.id(), applied.add(left));
        c.line(Tier.basic, Explain.phrase("basic.referred", Explain.tier(Tier.basic), Money.round2(tableDeductible), earlier.id(),
                Money.round2(applied), Money.round2(left)), source);
        return left;
    }

    /** Keeps an inpatient stay and the deductible it applied, for a referred stay after it. */
    static void remember(BillContext c, BigDecimal deductible) {
        if (c.bill.kind() == BillKind.INPATIENT) {
            c.ledger.stays.put(c.bill.id(), c.bill);
            c.ledger.stayDeductible.putIfAbsent(c.bill.id(), deductible);
        }
    }
}

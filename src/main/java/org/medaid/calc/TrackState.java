package org.medaid.calc;

import java.math.BigDecimal;
import org.medaid.model.Money;

/**
 * The running totals of one tier's track in one year: the base B summed so far, what it paid, and the
 * exact (unrounded) entitlement E, the sum of F_k(B(k)) − F_k(B(k−1)) over the year's bills. Paying
 * round2(E(k)) − round2(E(k−1)) is the POLICY-NOTES §2 formula while F stays the same, and keeps the
 * year's total independent of the order of the bills when F changes from bill to bill
 * (docs/decisions/0003-year-ledger.md).
 */
final class TrackState {

    BigDecimal base = Money.ZERO;
    BigDecimal paid = Money.ZERO;
    BigDecimal entitled = BigDecimal.ZERO;
}

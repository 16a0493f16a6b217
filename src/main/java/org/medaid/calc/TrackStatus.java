package org.medaid.calc;

import java.math.BigDecimal;

/**
 * Where one track of a tier stands after a bill: the annual base so far, what it paid this year, the
 * deductible and cap of the group that applied (cap null: none), and what remains of each.
 */
public record TrackStatus(String tier, String track, String group, BigDecimal base, BigDecimal paid,
        BigDecimal deductible, BigDecimal cap) {

    public BigDecimal deductibleLeft() {
        BigDecimal left = deductible.subtract(base);
        return left.signum() < 0 ? BigDecimal.ZERO.setScale(2) : left;
    }

    /** Null where there is no cap. */
    public BigDecimal capLeft() {
        if (cap == null) {
            return null;
        }
        BigDecimal left = cap.subtract(paid);
        return left.signum() < 0 ? BigDecimal.ZERO.setScale(2) : left;
    }
}

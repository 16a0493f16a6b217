package org.medaid.insurance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.medaid.policy.Param;

/**
 * The insured rate of the protected population of one village in one insurance year, against the target of the
 * region's policy ({@code target} null: the document gives no figure, shown unconfirmed; {@code document} names
 * the policy, null when no policy covers the region).
 */
public record VillageCoverage(String region, String village, int year, int protectedCount, int insured, int uninsured,
        int unrecorded, Param target, String document) {

    /** Insured / protected in percent, 2 places half-up; null for a village with nobody protected. */
    public BigDecimal ratePercent() {
        if (protectedCount == 0) {
            return null;
        }
        return BigDecimal.valueOf(insured).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(protectedCount), 2, RoundingMode.HALF_UP);
    }

    /** The target in percent, 2 places; null where the policy gives none. */
    public BigDecimal targetPercent() {
        return target == null ? null : target.value().multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
    }

    /** Whether the rate reaches the target; null when either is unknown. */
    public Boolean meetsTarget() {
        BigDecimal rate = ratePercent();
        BigDecimal t = targetPercent();
        return rate == null || t == null ? null : rate.compareTo(t) >= 0;
    }
}

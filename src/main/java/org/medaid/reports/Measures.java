package org.medaid.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.medaid.model.Money;

/**
 * The figures of one group of settlements: 人次 (settlements), 人数 (distinct people), total and
 * compliant cost as issued, what each tier paid and the self-pay as the settlements stand now (keys of
 * {@code settlement.Figures}).
 */
public record Measures(long visits, long people, BigDecimal totalCost, BigDecimal compliantCost, Map<String, BigDecimal> paid,
        BigDecimal selfPay) {

    public Measures {
        paid = Map.copyOf(paid);
    }

    public BigDecimal paid(String tier) {
        return paid.getOrDefault(tier, Money.ZERO);
    }

    /** The share of the total cost {@code tier} carried, 0–1 with four decimals (half-up); 0 when nothing was spent. */
    public BigDecimal share(String tier) {
        return totalCost.signum() == 0 ? BigDecimal.ZERO.setScale(4) : paid(tier).divide(totalCost, 4, RoundingMode.HALF_UP);
    }
}

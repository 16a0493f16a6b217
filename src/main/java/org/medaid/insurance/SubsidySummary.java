package org.medaid.insurance;

import java.math.BigDecimal;

/**
 * A year's premium subsidies: how many rows stand at each step, and what was paid by fund (rows 已缴费 only,
 * 临医保发〔2022〕13号 二: the assistance fund's part and the county budget's part).
 */
public record SubsidySummary(int year, int pending, int sent, int paid, int refunded, int late, BigDecimal paidAssistanceFund,
        BigDecimal paidCountyBudget) {

    public BigDecimal paidTotal() {
        return paidAssistanceFund.add(paidCountyBudget);
    }
}

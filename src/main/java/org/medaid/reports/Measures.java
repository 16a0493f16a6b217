package org.medaid.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.medaid.calc.Tier;
import org.medaid.model.Money;

/**
 * The figures of one group of settlements: 人次 (settlements), 人数 (distinct people), total and
 * compliant cost as issued, what each tier paid and the self-pay as the settlements stand now (keys of
 * {@code settlement.Figures}); beside them, from rows of their own (ADR 0093), what the fund paid the group on
 * application ({@code paidOnApplication}, 依申请拨付), what the group was asked to give back in the period after upheld
 * objections ({@code owedBack}, 应退回) and what came back ({@code recovered}, 已追回, voided returns never counted).
 */
public record Measures(long visits, long people, BigDecimal totalCost, BigDecimal compliantCost, Map<String, BigDecimal> paid,
        BigDecimal selfPay, BigDecimal paidOnApplication, BigDecimal owedBack, BigDecimal recovered) {

    public Measures {
        paid = Map.copyOf(paid);
    }

    /** Settlement figures only, nothing owed back. */
    public Measures(long visits, long people, BigDecimal totalCost, BigDecimal compliantCost, Map<String, BigDecimal> paid,
            BigDecimal selfPay) {
        this(visits, people, totalCost, compliantCost, paid, selfPay, Money.ZERO, Money.ZERO, Money.ZERO);
    }

    public BigDecimal paid(String tier) {
        return paid.getOrDefault(tier, Money.ZERO);
    }

    /** What the assistance fund paid on the settlements: 医疗救助 and 再救助/倾斜救助. */
    public BigDecimal fundPaid() {
        return paid(Tier.assistance.name()).add(paid(Tier.reAssistance.name()));
    }

    /** 救助支出净额 (ADR 0093): what the fund paid on the settlements and on application, less what came back. */
    public BigDecimal net() {
        return fundPaid().add(paidOnApplication).subtract(recovered);
    }

    /** The share of the total cost {@code tier} carried, 0–1 with four decimals (half-up); 0 when nothing was spent. */
    public BigDecimal share(String tier) {
        return totalCost.signum() == 0 ? BigDecimal.ZERO.setScale(4) : paid(tier).divide(totalCost, 4, RoundingMode.HALF_UP);
    }
}

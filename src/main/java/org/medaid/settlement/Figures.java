package org.medaid.settlement;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medaid.calc.BillResult;
import org.medaid.calc.Tier;
import org.medaid.model.Money;

/**
 * A bill's figures as a settlement holds them: what each tier paid and what the patient pays
 * ({@link #SELF_PAY}). A voided bill's figures are all zero: everything issued on it is to be returned.
 */
public record Figures(Map<String, BigDecimal> amounts) {

    /** The key of the patient's own share beside the tiers. */
    public static final String SELF_PAY = "selfPay";

    /** The keys in the order slips and adjustments print them. */
    public static final List<String> KEYS = List.of(Tier.basic.name(), Tier.criticalIllness.name(), Tier.assistance.name(),
            Tier.reAssistance.name(), Tier.hospitalReduction.name(), Tier.fallback.name(), SELF_PAY);

    public Figures {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (String k : KEYS) {
            BigDecimal v = amounts == null ? null : amounts.get(k);
            m.put(k, v == null ? Money.ZERO : Money.round2(v));
        }
        amounts = Map.copyOf(m);
    }

    public static Figures of(BillResult r) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (Tier t : Tier.values()) {
            m.put(t.name(), r.paid(t));
        }
        m.put(SELF_PAY, r.selfPay());
        return new Figures(m);
    }

    public static Figures zero() {
        return new Figures(Map.of());
    }

    public BigDecimal get(String key) {
        return amounts.get(key);
    }

    /** Everything the tiers paid (the patient's share not included). */
    public BigDecimal paid() {
        return KEYS.stream().filter(k -> !k.equals(SELF_PAY)).map(amounts::get).reduce(Money.ZERO, BigDecimal::add);
    }

    /** Equal amount by amount (0.00 equals 0). */
    public boolean sameAs(Figures other) {
        return KEYS.stream().allMatch(k -> get(k).compareTo(other.get(k)) == 0);
    }
}

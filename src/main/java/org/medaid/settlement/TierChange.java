package org.medaid.settlement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a 结算调整: a tier (or the patient's share), what was issued, what it is now, and the
 * difference. A positive difference of a tier is 补付 (paid in addition), a negative one 应退回 (to be returned).
 */
public record TierChange(String key, BigDecimal before, BigDecimal after, BigDecimal difference) {

    public enum Direction {
        PAY_MORE,
        RETURN,
        NONE
    }

    public Direction direction() {
        return difference.signum() > 0 ? Direction.PAY_MORE : difference.signum() < 0 ? Direction.RETURN : Direction.NONE;
    }

    /** Every line whose amount differs between {@code before} and {@code after}, in print order. */
    public static List<TierChange> between(Figures before, Figures after) {
        List<TierChange> out = new ArrayList<>();
        for (String k : Figures.KEYS) {
            BigDecimal d = after.get(k).subtract(before.get(k));
            if (d.signum() != 0) {
                out.add(new TierChange(k, before.get(k), after.get(k), d));
            }
        }
        return List.copyOf(out);
    }
}

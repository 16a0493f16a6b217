package org.medaid.desk.firstrun;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.Set;
import org.medaid.backup.PolicyPath;

/**
 * Whether a policy figure is a rate (shown and typed as a percentage) or an amount in yuan, read from
 * its place in the policy file (docs/policy-files.md: rates are written 0.65 for 65%).
 */
public enum FigureKind {
    RATE,
    AMOUNT;

    private static final Set<String> RATE_FIELDS = Set.of("rate", "share", "rateBonus", "deductibleFactor",
            "inCountyRatio", "referredRatio");
    private static final Set<String> RATE_MAPS = Set.of("remoteFirstSelfPay", "targetRatio", "locationRates", "shareByYear");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public static FigureKind of(String parameterName) {
        var steps = PolicyPath.parse(parameterName).steps();
        String leaf = steps.get(steps.size() - 1).field();
        String parent = steps.size() > 1 ? steps.get(steps.size() - 2).field() : null;
        return RATE_FIELDS.contains(leaf) || parent != null && RATE_MAPS.contains(parent) ? RATE : AMOUNT;
    }

    /** 0.75 → "75%", 400000 → "400,000"; null (none set: no cap) → empty, the screen says 无. */
    public String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        if (this == RATE) {
            return value.multiply(HUNDRED).stripTrailingZeros().toPlainString() + "%";
        }
        return String.format("%,.2f", value.setScale(2, RoundingMode.HALF_UP)).replaceAll("\\.00$", "");
    }

    /**
     * What the clerk typed, as the policy file's value: a rate as a percentage (80 or 80% → 0.80, at
     * most 100), an amount in yuan with at most two decimals (commas allowed). Empty when not a figure.
     */
    public Optional<BigDecimal> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        // commas and the percent sign as a Chinese input method types them (full width), and 元 after an amount
        String t = typed.strip().replace(",", "").replace("，", "").replace("％", "%");
        if (this == RATE) {
            t = t.endsWith("%") ? t.substring(0, t.length() - 1).strip() : t;
        } else {
            t = t.endsWith("元") ? t.substring(0, t.length() - 1).strip() : t;
        }
        if (!t.matches("\\d{1,9}(\\.\\d{1,4})?")) {
            return Optional.empty();
        }
        BigDecimal v = new BigDecimal(t);
        if (this == RATE) {
            return v.compareTo(HUNDRED) > 0 ? Optional.empty() : Optional.of(v.divide(HUNDRED).stripTrailingZeros());
        }
        return v.scale() > 2 ? Optional.empty() : Optional.of(v);
    }
}

package org.medaid.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money is yuan as {@link BigDecimal} with two places, rounded half-up (POLICY-NOTES §2). */
public final class Money {

    public static final BigDecimal ZERO = new BigDecimal("0.00");
    public static final BigDecimal HUNDRED = new BigDecimal("100");

    private Money() {
    }

    public static BigDecimal round2(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal of(String text) {
        return round2(new BigDecimal(text));
    }

    public static BigDecimal max0(BigDecimal value) {
        return value.signum() < 0 ? ZERO : value;
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * 25000 → "25,000.00", as printed on slips and explanation lines. Written by hand: a DecimalFormat per
     * call dominated the calculator's time (docs/benchmarks.md), and one shared instance is not thread-safe.
     */
    public static String format(BigDecimal value) {
        String plain = value.setScale(2, RoundingMode.HALF_UP).toPlainString();
        int start = plain.charAt(0) == '-' ? 1 : 0;
        int whole = plain.length() - 3 - start;
        if (whole <= 3) {
            return plain;
        }
        StringBuilder out = new StringBuilder(plain.length() + whole / 3);
        out.append(plain, 0, start);
        for (int i = 0; i < whole; i++) {
            if (i > 0 && (whole - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(start + i));
        }
        return out.append(plain, plain.length() - 3, plain.length()).toString();
    }

    /** 0.65 → "65%", 0.055 → "5.5%". */
    public static String percent(BigDecimal rate) {
        return rate.multiply(HUNDRED).stripTrailingZeros().toPlainString() + "%";
    }
}

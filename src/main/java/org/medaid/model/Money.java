package org.medaid.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

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

    /** 25000 → "25,000.00", as printed on slips and explanation lines. */
    public static String format(BigDecimal value) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }

    /** 0.65 → "65%", 0.055 → "5.5%". */
    public static String percent(BigDecimal rate) {
        return rate.multiply(HUNDRED).stripTrailingZeros().toPlainString() + "%";
    }
}

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
        StringBuilder out = new StringBuilder(24);
        appendFormatted(out, value);
        return out.toString();
    }

    /** {@link #format} written into {@code out} (no string of its own; the calculator's explanations use it). */
    public static void appendFormatted(StringBuilder out, BigDecimal value) {
        BigDecimal v = value.scale() == 2 ? value : value.setScale(2, RoundingMode.HALF_UP);
        if (v.precision() <= 18) {
            long cents = v.unscaledValue().longValue();
            appendCents(out, cents);
            return;
        }
        String plain = v.toPlainString();
        int start = plain.charAt(0) == '-' ? 1 : 0;
        int whole = plain.length() - 3 - start;
        out.append(plain, 0, start);
        for (int i = 0; i < whole; i++) {
            if (i > 0 && (whole - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(start + i));
        }
        out.append(plain, plain.length() - 3, plain.length());
    }

    private static void appendCents(StringBuilder out, long cents) {
        if (cents < 0) {
            out.append('-');
        }
        long abs = Math.abs(cents);
        long yuan = abs / 100;
        int fen = (int) (abs % 100);
        String digits = Long.toString(yuan);
        int whole = digits.length();
        for (int i = 0; i < whole; i++) {
            if (i > 0 && (whole - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        out.append('.').append((char) ('0' + fen / 10)).append((char) ('0' + fen % 10));
    }

    /** 0.65 → "65%", 0.055 → "5.5%". */
    public static String percent(BigDecimal rate) {
        return rate.multiply(HUNDRED).stripTrailingZeros().toPlainString() + "%";
    }
}

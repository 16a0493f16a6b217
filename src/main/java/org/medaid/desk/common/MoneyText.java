package org.medaid.desk.common;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.medaid.model.Money;

/**
 * Money as the clerk types it and as the screens show it: 12345.6, 12,345.6 and ¥12345.60 are read
 * alike; amounts are shown as 12,345.60. Nothing here rounds what the clerk typed: a third decimal is
 * the bill validator's to refuse, with its message.
 */
public final class MoneyText {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d*)?|-?\\.\\d+");

    private MoneyText() {
    }

    /** Empty for blank text. */
    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The amount typed, or empty when it is blank or not a number. */
    public static Optional<BigDecimal> parse(String text) {
        if (blank(text)) {
            return Optional.empty();
        }
        String t = text.strip().replace(",", "").replace("，", "").replace("¥", "").replace("￥", "").replace("元", "")
                .replace(" ", "");
        if (!NUMBER.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(t.endsWith(".") ? t.substring(0, t.length() - 1) : t));
    }

    /** Not blank and not a number. */
    public static boolean invalid(String text) {
        return !blank(text) && parse(text).isEmpty();
    }

    /** 12345.6 → 12,345.60; blank for null. */
    public static String format(BigDecimal amount) {
        return amount == null ? "" : Money.format(amount);
    }

    /** The typed text shown as money once the clerk leaves the field; text that is not money stays as typed. */
    public static String tidy(String text) {
        Optional<BigDecimal> v = parse(text);
        if (v.isEmpty() || v.get().stripTrailingZeros().scale() > 2) {
            return text;
        }
        return format(v.get());
    }

    /** A signed change: +300.00, −1,200.00, 0.00. */
    public static String delta(BigDecimal d) {
        if (d == null) {
            return "";
        }
        int s = d.signum();
        return (s > 0 ? "+" : s < 0 ? "−" : "") + Money.format(d.abs());
    }
}

package org.medaid.calc;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.medaid.model.Money;

/** Explanation text, from the bundle {@code org.medaid.calc.explain} (the slip prints it). */
final class Explain {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.medaid.calc.explain", Locale.SIMPLIFIED_CHINESE,
            org.medaid.model.Labels.NO_FALLBACK);

    private Explain() {
    }

    static String text(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        Object[] formatted = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            formatted[i] = args[i] instanceof BigDecimal b ? Money.format(b) : args[i] == null ? "" : args[i].toString();
        }
        return new MessageFormat(pattern, Locale.ROOT).format(formatted);
    }

    static String tier(Tier tier) {
        return BUNDLE.getString("tier." + tier.name());
    }

    static String pct(BigDecimal rate) {
        return Money.percent(rate);
    }
}

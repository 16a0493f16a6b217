package org.medaid.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.medaid.model.Labels;
import org.medaid.model.Money;

/**
 * Explanation text, from the bundle {@code org.medaid.calc.explain} (the slip prints it). Patterns use
 * {@code {0}}, {@code {1}}, ... only; they are parsed once when the class loads instead of through a
 * MessageFormat per line, which dominated the calculator's time (docs/benchmarks.md).
 */
final class Explain {

    private static final Map<String, Object[]> TEMPLATES = new HashMap<>();
    private static final Map<Tier, String> TIERS = new EnumMap<>(Tier.class);
    private static final Map<BigDecimal, String> PERCENTS = new ConcurrentHashMap<>();

    static {
        ResourceBundle bundle = ResourceBundle.getBundle("org.medaid.calc.explain", Locale.SIMPLIFIED_CHINESE, Labels.NO_FALLBACK);
        for (String key : bundle.keySet()) {
            TEMPLATES.put(key, parse(key, bundle.getString(key)));
        }
        for (Tier t : Tier.values()) {
            TIERS.put(t, bundle.getString("tier." + t.name()));
        }
    }

    private Explain() {
    }

    /** A pattern as pieces: literal strings and argument indexes (Integer). */
    static Object[] parse(String key, String pattern) {
        List<Object> pieces = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('{', i);
            if (open < 0) {
                pieces.add(pattern.substring(i));
                break;
            }
            int close = pattern.indexOf('}', open);
            if (close < 0 || !pattern.substring(open + 1, close).matches("\\d")) {
                throw new IllegalStateException("explain.properties " + key + ": only {0} … {9} may appear in '" + pattern + "'");
            }
            if (open > i) {
                pieces.add(pattern.substring(i, open));
            }
            pieces.add(Integer.valueOf(pattern.substring(open + 1, close)));
            i = close + 1;
        }
        return pieces.toArray();
    }

    static String text(String key, Object... args) {
        Object[] pieces = TEMPLATES.get(key);
        if (pieces == null) {
            throw new IllegalStateException("explain.properties has no " + key);
        }
        StringBuilder out = new StringBuilder(64);
        for (Object piece : pieces) {
            if (piece instanceof Integer n) {
                Object a = n < args.length ? args[n] : null;
                out.append(a instanceof BigDecimal b ? Money.format(b) : a == null ? "" : a.toString());
            } else {
                out.append((String) piece);
            }
        }
        return out.toString();
    }

    static boolean has(String key) {
        return TEMPLATES.containsKey(key);
    }

    static String tier(Tier tier) {
        return TIERS.get(tier);
    }

    static String pct(BigDecimal rate) {
        return PERCENTS.computeIfAbsent(rate, Money::percent);
    }
}

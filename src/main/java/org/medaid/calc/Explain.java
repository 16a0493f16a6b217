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
    /** The patterns without arguments, as text (flags use them on every bill). */
    private static final Map<String, String> FIXED = new HashMap<>();
    private static final Map<Tier, String> TIERS = new EnumMap<>(Tier.class);
    private static final Map<BigDecimal, String> PERCENTS = new ConcurrentHashMap<>();

    static {
        ResourceBundle bundle = ResourceBundle.getBundle("org.medaid.calc.explain", Locale.SIMPLIFIED_CHINESE, Labels.NO_FALLBACK);
        for (String key : bundle.keySet()) {
            Object[] pieces = parse(key, bundle.getString(key));
            TEMPLATES.put(key, pieces);
            boolean literal = true;
            for (Object p : pieces) {
                literal &= p instanceof String;
            }
            if (literal) {
                FIXED.put(key, String.join("", java.util.Arrays.copyOf(pieces, pieces.length, String[].class)));
            }
        }
        for (Tier t : Tier.values()) {
            TIERS.put(t, bundle.getString("tier." + t.name()));
        }
    }

    /** Appended to a line that used a figure the county has not confirmed. */
    static final String UNCONFIRMED_MARK = text("unconfirmed.mark");

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
        if (args.length == 0) {
            String fixed = FIXED.get(key);
            if (fixed != null) {
                return fixed;
            }
        }
        return phrase(key, args).toString();
    }

    /** The pattern {@code key} with its arguments, written only when asked (ADR 0046). */
    static Phrase phrase(String key, Object... args) {
        Object[] pieces = TEMPLATES.get(key);
        if (pieces == null) {
            throw new IllegalStateException("explain.properties has no " + key);
        }
        return new Phrase(pieces, args);
    }

    static boolean has(String key) {
        return TEMPLATES.containsKey(key);
    }

    static String tier(Tier tier) {
        return TIERS.get(tier);
    }

    /** A rate for a phrase: printed as {@link #pct} when the line is read. */
    static Phrase.Rate rate(BigDecimal rate) {
        return new Phrase.Rate(rate);
    }

    static String pct(BigDecimal rate) {
        return PERCENTS.computeIfAbsent(rate, Money::percent);
    }
}

package org.medaid.print;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.medaid.calc.Tier;
import org.medaid.model.Labels;

/**
 * The calculator starts most explanation lines with the tier's name ("大病保险：(25,000.00 − 6,000.00) ×
 * 65% ..."); on the slip the row already names the tier, so the name is left out there.
 */
final class TierPrefix {

    private static final ResourceBundle EXPLAIN = load();

    private TierPrefix() {
    }

    static String strip(Tier tier, String line) {
        if (EXPLAIN == null) {
            return line;
        }
        String prefix;
        try {
            prefix = EXPLAIN.getString("tier." + tier.name()) + "：";
        } catch (MissingResourceException e) {
            return line;
        }
        return line.startsWith(prefix) ? line.substring(prefix.length()) : line;
    }

    private static ResourceBundle load() {
        try {
            return ResourceBundle.getBundle("org.medaid.calc.explain", Locale.SIMPLIFIED_CHINESE, Labels.NO_FALLBACK);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}

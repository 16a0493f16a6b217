package org.medaid.chronic;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.medaid.model.Labels;

/** The entitlements' words from {@code org/medaid/chronic/messages} (Chinese first, English second). */
public final class ChronicTexts {

    private ChronicTexts() {
    }

    public static String get(String key, Locale locale, Object... args) {
        String pattern = ResourceBundle.getBundle("org.medaid.chronic.messages", locale, Labels.NO_FALLBACK).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public static String problem(ChronicException e, Locale locale) {
        return get("chronic.problem." + e.problem().name(), locale, e.args().toArray());
    }

    public static String help(Entitlement.Help h, Locale locale) {
        return get("chronic.help." + h.name(), locale);
    }

    public static String state(Entitlement.State s, Locale locale) {
        return get("chronic.state." + s.name(), locale);
    }

    /** The flag of a special-outpatient bill outside an entitlement, with the policy's clause; null when none. */
    public static String check(EntitlementCheck c, Locale locale) {
        if (!c.flagged()) {
            return null;
        }
        return get("chronic.check." + c.state().name(), locale, c.date().toString(), c.disease() == null ? "" : c.disease(),
                c.source());
    }
}

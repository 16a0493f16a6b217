package org.medaid.insurance;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.medaid.model.Labels;

/** The ledger's words from {@code org/medaid/insurance/messages} (Chinese first, English second). */
public final class InsuranceTexts {

    private InsuranceTexts() {
    }

    public static String get(String key, Locale locale, Object... args) {
        String pattern = ResourceBundle.getBundle("org.medaid.insurance.messages", locale, Labels.NO_FALLBACK).getString(key);
        // always through MessageFormat: a pattern without arguments still writes an apostrophe as '' (person''s)
        return new MessageFormat(pattern, locale).format(args);
    }

    public static String status(InsuranceStatus s, Locale locale) {
        return get("insurance.status." + s.name(), locale);
    }

    public static String reason(UninsuredReason r, Locale locale) {
        return get("insurance.reason." + r.name(), locale);
    }

    /** The sentence of a refusal. */
    public static String problem(InsuranceException e, Locale locale) {
        return get("insurance.problem." + e.problem().name(), locale, e.args().toArray());
    }

    /** What the ledger says of a bill's date (flag on the bill screens). */
    public static String check(CoverageCheck c, Locale locale) {
        return get("insurance.check." + c.state().name(), locale, c.date().toString());
    }
}

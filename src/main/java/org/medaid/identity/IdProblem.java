package org.medaid.identity;

import java.util.Locale;
import java.util.ResourceBundle;
import org.medaid.model.Labels;

/**
 * Why a resident ID number is refused, as a machine code; the clerk's message comes from the bundle
 * {@code org.medaid.identity.messages} under {@code IdProblem.CODE}.
 */
public enum IdProblem {
    /** Nothing was entered. */
    EMPTY,
    /** Not 18 characters. */
    LENGTH,
    /** Not 17 digits followed by a digit or X. */
    CHARACTERS,
    /** Digits 7–14 are not a real date. */
    BIRTH_DATE,
    /** The birth date lies in the future. */
    BIRTH_IN_FUTURE,
    /** The 18th character is not the GB 11643-1999 check character of the first 17. */
    CHECK_DIGIT,
    /** The first six digits are not a GB/T 2260 administrative code, current or retired. */
    UNKNOWN_REGION;

    public String message() {
        return message(Labels.locale());
    }

    public String message(Locale locale) {
        return ResourceBundle.getBundle("org.medaid.identity.messages", locale, Labels.NO_FALLBACK)
                .getString("IdProblem." + name());
    }
}

package org.medaid.intake;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.medaid.model.Labels;

/** The intake's refusals from {@code org/medaid/intake/messages} (Chinese first, English second). */
public final class IntakeTexts {

    private IntakeTexts() {
    }

    /** The sentence of a refused intake step. */
    public static String problem(IntakeException e, Locale locale) {
        String pattern = ResourceBundle.getBundle("org.medaid.intake.messages", locale, Labels.NO_FALLBACK)
                .getString("intake.problem." + e.problem().name());
        return new MessageFormat(pattern, locale).format(e.args().toArray());
    }
}

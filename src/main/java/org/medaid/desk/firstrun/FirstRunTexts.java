package org.medaid.desk.firstrun;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.medaid.model.Labels;

/**
 * The screen text of first run and of the data settings: bundle {@code org.medaid.desk.firstrun}, Chinese
 * in the default file, English in {@code _en}, loaded without falling back to the JVM's locale.
 */
public final class FirstRunTexts {

    public static final String BUNDLE = "org.medaid.desk.firstrun";

    private final Locale locale;
    private final ResourceBundle bundle;

    private FirstRunTexts(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    public static FirstRunTexts load(Locale locale) {
        return new FirstRunTexts(locale, ResourceBundle.getBundle(BUNDLE, locale, Labels.NO_FALLBACK));
    }

    public Locale locale() {
        return locale;
    }

    /** For {@code %key} references in FXML. */
    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** The name of a domain code (category, bill kind, hospital level ...). */
    public String label(Enum<?> code) {
        return code == null ? "" : Labels.of(code, locale);
    }
}

package org.medaid.desk.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.medaid.model.Labels;

/**
 * The desk's screen text in the chosen language: bundle {@code org.medaid.desk.desk} (ADR 0042: the one bundle family of screen text), Chinese in the
 * default file, English in {@code _en}; names of domain codes come from {@link Labels}.
 */
public final class Texts {

    public static final String BUNDLE = "org.medaid.desk.desk";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Texts(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /** The desk's text in {@code locale}: no fallback to the JVM's locale. */
    public static Texts load(Locale locale) {
        return new Texts(locale, ResourceBundle.getBundle(BUNDLE, locale, Labels.NO_FALLBACK));
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

    /** The text of {@code key} with {@link MessageFormat} arguments ({0}, {1,number,#} ...). */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** The name of a domain code (category, department, insurance, ...). */
    public String label(Enum<?> code) {
        return code == null ? "" : Labels.of(code, locale);
    }
}

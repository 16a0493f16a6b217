package org.medaid.desk.firstrun;

import java.util.Locale;
import java.util.ResourceBundle;
import org.medaid.desk.common.Texts;

/**
 * The screen text of first run and of the data settings: bundle {@code org.medaid.desk.firstrun}, Chinese
 * in the default file, English in {@code _en}, loaded without falling back to the JVM's locale.
 */
public final class FirstRunTexts {

    public static final String BUNDLE = "org.medaid.desk.firstrun";

    private final Texts texts;

    private FirstRunTexts(Texts texts) {
        this.texts = texts;
    }

    public static FirstRunTexts load(Locale locale) {
        return new FirstRunTexts(Texts.load(BUNDLE, locale));
    }

    public Locale locale() {
        return texts.locale();
    }

    /** For {@code %key} references in FXML. */
    public ResourceBundle bundle() {
        return texts.bundle();
    }

    public String get(String key) {
        return texts.get(key);
    }

    public String format(String key, Object... args) {
        return texts.format(key, args);
    }

    /** The name of a domain code (category, bill kind, hospital level ...). */
    public String label(Enum<?> code) {
        return texts.label(code);
    }
}

package org.medaid.print;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.medaid.model.Labels;

/**
 * Printed words, from the bundle {@code org.medaid.print.print} (Chinese by default, {@code _en} for
 * English); a missing key prints as the key, so a gap shows on paper instead of failing the print.
 */
public final class PrintText {

    private final ResourceBundle bundle;
    private final Locale locale;

    private PrintText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.medaid.print.print", locale, Labels.NO_FALLBACK);
    }

    /** In the language the desk is set to ({@link Labels#locale()}). */
    public static PrintText current() {
        return of(Labels.locale());
    }

    /** Whether the slip is printed in Chinese (the policy files' labels are Chinese only). */
    boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }

    public static PrintText of(Locale locale) {
        return new PrintText(locale);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The text of {@code key} with {@code {0}}, {@code {1}} ... filled in; arguments are printed as given. */
    public String format(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = args[i] == null ? "" : args[i].toString();
        }
        return new MessageFormat(get(key), Locale.ROOT).format(texts);
    }

    /** A code's name in this language, e.g. {@code Tier.basic} → 基本医保. */
    public String label(Enum<?> code) {
        return Labels.of(code, locale);
    }

    /** The text for an optional key such as {@code group.tilted}, or null when the bundle has none. */
    public String find(String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : null;
    }
}

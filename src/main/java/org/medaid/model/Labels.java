package org.medaid.model;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Names of the domain's codes (categories, bill kinds, departments, ...) in the user's language, from
 * the bundle {@code org.medaid.i18n.labels}; Chinese is the default.
 */
public final class Labels {

    /**
     * Without this, asking for zh_CN on a JVM whose default locale is English would find labels_en
     * before the Chinese base bundle.
     */
    public static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static volatile Locale locale = Locale.SIMPLIFIED_CHINESE;

    private Labels() {
    }

    public static void setLocale(Locale newLocale) {
        locale = newLocale;
    }

    public static Locale locale() {
        return locale;
    }

    public static String of(Enum<?> code) {
        return of(code, locale);
    }

    public static String of(Enum<?> code, Locale in) {
        String key = code.getDeclaringClass().getSimpleName() + "." + code.name();
        try {
            return ResourceBundle.getBundle("org.medaid.i18n.labels", in, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return code.name();
        }
    }

    /** A message of the labels bundle with its arguments filled in (java.text.MessageFormat). */
    public static String text(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle("org.medaid.i18n.labels", locale, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new java.text.MessageFormat(pattern, locale).format(args);
    }
}

package org.medaid.desk.screens;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.medaid.desk.common.Texts;
import org.medaid.model.Labels;

/**
 * The text of the issue-4 screens: bundle {@code org.medaid.desk.screens} (Chinese default, English in
 * {@code _en}), with the desk's own bundle behind it for the words every screen shares (确定, 取消 ...).
 * Kept apart from the desk's {@code messages} so two people never edit one file (ADR 0022).
 */
public final class ScreenText {

    public static final String BUNDLE = "org.medaid.desk.screens";

    private final Texts desk;
    private final ResourceBundle own;
    private final ResourceBundle combined;

    private ScreenText(Texts desk) {
        this.desk = desk;
        this.own = ResourceBundle.getBundle(BUNDLE, desk.locale(), Labels.NO_FALLBACK);
        this.combined = new Combined(own, desk.bundle());
    }

    public static ScreenText of(Texts desk) {
        return new ScreenText(desk);
    }

    public static ScreenText of(Locale locale) {
        return new ScreenText(Texts.load(locale));
    }

    public Locale locale() {
        return desk.locale();
    }

    /** The desk's texts, for its shared dialogs ({@code Dialogs}, {@code Errors}). */
    public Texts desk() {
        return desk;
    }

    /** Both bundles as one, for {@code %key} in FXML. */
    public ResourceBundle bundle() {
        return combined;
    }

    public String get(String key) {
        try {
            return combined.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale()).format(args);
    }

    public String label(Enum<?> code) {
        return code == null ? "" : Labels.of(code, locale());
    }

    /** Our bundle first, then the desk's. */
    private static final class Combined extends ResourceBundle {
        private final ResourceBundle first;
        private final ResourceBundle second;

        Combined(ResourceBundle first, ResourceBundle second) {
            this.first = first;
            this.second = second;
        }

        @Override
        protected Object handleGetObject(String key) {
            if (first.containsKey(key)) {
                return first.getObject(key);
            }
            return second.containsKey(key) ? second.getObject(key) : null;
        }

        @Override
        public Enumeration<String> getKeys() {
            Set<String> keys = new LinkedHashSet<>(first.keySet());
            keys.addAll(second.keySet());
            return Collections.enumeration(keys);
        }
    }
}

package org.medaid.importer;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.medaid.model.Labels;

/** The import's texts from the bundle {@code org.medaid.importer.messages} (zh_CN default). */
public final class ImportMessages {

    private ImportMessages() {
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.medaid.importer.messages", locale, Labels.NO_FALLBACK);
    }

    public static String format(String key, Object... args) {
        return format(Labels.locale(), key, args);
    }

    public static String format(Locale locale, String key, Object... args) {
        return new MessageFormat(bundle(locale).getString(key), locale).format(args);
    }
}

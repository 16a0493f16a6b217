package org.medaid.export;

import org.medaid.table.Column;
import org.medaid.table.ColumnType;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.medaid.model.Labels;

/** The exports' titles and headers in the desk's language (bundle {@code org.medaid.export.columns}). */
public final class ExportText {

    private final ResourceBundle bundle;
    private final Locale locale;

    public ExportText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.medaid.export.columns", locale, Labels.NO_FALLBACK);
    }

    /** In the language the domain's labels use now. */
    public static ExportText current() {
        return new ExportText(Labels.locale());
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    public Locale locale() {
        return locale;
    }

    Column column(String key, ColumnType type) {
        return Column.of(get("column." + key), type);
    }
}

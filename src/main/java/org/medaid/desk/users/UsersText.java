package org.medaid.desk.users;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.medaid.model.Labels;

/** Screen text of the users pane, bundle {@code org.medaid.desk.users.users} (Chinese default, English). */
final class UsersText {

    private UsersText() {
    }

    static String get(Locale locale, String key) {
        return ResourceBundle.getBundle("org.medaid.desk.users.users", locale, Labels.NO_FALLBACK).getString(key);
    }

    static String format(Locale locale, String key, Object... args) {
        return new MessageFormat(get(locale, key), locale).format(args);
    }
}

package org.medaid.store;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.medaid.model.Labels;
import org.medaid.model.TextLimit;

/**
 * A text longer than its column (ADR 0029, 0053): the store refuses the whole action, and this says which
 * field and how long it may be, as a sentence for the clerk; the value itself is never repeated (it may be
 * personal data, and the message reaches the log).
 */
public final class TooLongException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final transient TextLimit limit;
    private final int max;

    TooLongException(TextLimit limit, int max, Throwable cause) {
        super("too long", cause);
        this.limit = limit;
        this.max = max;
    }

    /** The field's entry in the one table of limits, when the column is one of them. */
    public Optional<TextLimit> limit() {
        return Optional.ofNullable(limit);
    }

    public int max() {
        return max;
    }

    /** The sentence in the given language. */
    public String message(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle("org.medaid.store.messages", locale, Labels.NO_FALLBACK);
        if (limit == null) {
            return max > 0 ? String.format(locale, b.getString("tooLong.any"), max) : b.getString("tooLong.unknown");
        }
        return String.format(locale, b.getString("tooLong.field"), b.getString("field." + limit.name()), max);
    }

    /** In the desk's language: every screen that shows a failure's message shows this sentence. */
    @Override
    public String getMessage() {
        return message(Labels.locale());
    }
}

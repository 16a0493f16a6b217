package org.medaid.session;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.medaid.model.Labels;

/**
 * An action refused by a rule of duties (ADR 0034); nothing was written. {@link #getMessage()} is the
 * Chinese sentence naming the rule, so every screen and the command line show it as it is.
 */
public class DutyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Rule rule;
    private final transient List<String> args;

    public DutyException(Rule rule, String... args) {
        super(sentence(rule, Locale.SIMPLIFIED_CHINESE, List.of(args)));
        this.rule = rule;
        this.args = List.of(args);
    }

    public Rule rule() {
        return rule;
    }

    /** The sentence in {@code locale} (English as the second language). */
    public String message(Locale locale) {
        return sentence(rule, locale, args);
    }

    private static String sentence(Rule rule, Locale locale, List<String> args) {
        ResourceBundle b = ResourceBundle.getBundle("org.medaid.session.messages", locale, Labels.NO_FALLBACK);
        return new MessageFormat(b.getString("rule." + rule.name()), locale).format(args.toArray());
    }
}

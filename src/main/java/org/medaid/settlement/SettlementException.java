package org.medaid.settlement;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.medaid.model.Labels;

/** Why a settlement action was refused; the screen says {@code settlement/messages} {@code problem.CODE}. */
public final class SettlementException extends RuntimeException {

    public enum Problem {
        /** The bill is voided or cannot be computed: there is nothing to issue. */
        NOT_COMPUTED,
        UNKNOWN,
        /** The adjustment was confirmed or superseded already. */
        NOT_PENDING
    }

    private final Problem problem;
    private final List<String> args;

    public SettlementException(Problem problem, String... args) {
        super(problem + " " + String.join(" ", args));
        this.problem = problem;
        this.args = List.of(args);
    }

    public Problem problem() {
        return problem;
    }

    public String message(Locale locale) {
        String pattern = ResourceBundle.getBundle("org.medaid.settlement.messages", locale, Labels.NO_FALLBACK)
                .getString("problem." + problem.name());
        return new java.text.MessageFormat(pattern, locale).format(args.toArray());
    }
}

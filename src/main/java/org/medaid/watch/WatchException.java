package org.medaid.watch;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.medaid.model.Labels;

/** A refused entry of household facts or of an act on a watch list, with the sentence the clerk reads. */
public final class WatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Problem {
        SOURCE_REQUIRED,
        REASON_REQUIRED,
        BAD_DATE,
        BAD_YEAR,
        BAD_AMOUNT,
        TOO_LONG,
        NO_SUCH_RECORD
    }

    private final Problem problem;

    public WatchException(Problem problem, Object... args) {
        super(MessageFormat.format(ResourceBundle.getBundle("org.medaid.watch.watch", Labels.locale(), Labels.NO_FALLBACK)
                .getString("problem." + problem.name()), args));
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}

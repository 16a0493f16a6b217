package org.medaid.bills;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.medaid.store.StoreException;

/** A bill was not saved because of these problems; nothing was written. */
public class BillRejectedException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final transient List<BillProblem> problems;

    public BillRejectedException(List<BillProblem> problems) {
        super("bill refused: " + problems.stream().map(p -> p.code() + (p.field() == null ? "" : "(" + p.field() + ")"))
                .collect(Collectors.joining(", ")));
        this.problems = List.copyOf(problems);
    }

    public List<BillProblem> problems() {
        return problems;
    }

    /** Every problem's message, one a line, for a dialog. */
    public String message(Locale locale) {
        return problems.stream().map(p -> p.message(locale)).collect(Collectors.joining("\n"));
    }
}

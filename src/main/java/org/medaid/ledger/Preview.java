package org.medaid.ledger;

import java.util.List;
import org.medaid.bills.BillProblem;

/**
 * The live computation beside the bill form: the problems of the draft as typed, and
 * when it can be computed, the year as if it were saved, its own row, and what it changes in the
 * other bills of the year. {@code year}, {@code draft} and {@code effect} are null while a problem
 * stops the computation (a missing amount, no policy on the date, ...).
 */
public record Preview(List<BillProblem> problems, YearLedgerView year, LedgerRow draft, LedgerDiff effect) {

    public Preview {
        problems = List.copyOf(problems);
    }

    /** Save is enabled only when the bill is consistent. */
    public boolean canSave() {
        return problems.isEmpty() && draft != null && draft.computed();
    }

    public boolean computed() {
        return draft != null && draft.computed();
    }
}

package org.medaid.insurance;

import java.time.LocalDate;

/**
 * Whether the ledger shows a person insured on a date (a bill's date): assistance needs it (ADR 0050; the clause is
 * the region's own, {@link InsuranceCondition}, ADR 0092), so a bill of a person not insured on its date is flagged
 * and its application refused. {@code UNRECORDED}: the ledger has no row for that year yet; flagged, not refused.
 */
public record CoverageCheck(State state, LocalDate date, CoverageRecord entry) {

    public enum State {
        INSURED,
        NOT_INSURED,
        UNRECORDED
    }

    static CoverageCheck of(CoverageRecord entry, LocalDate date) {
        if (entry == null) {
            return new CoverageCheck(State.UNRECORDED, date, null);
        }
        return new CoverageCheck(entry.insuresOn(date) ? State.INSURED : State.NOT_INSURED, date, entry);
    }

    public boolean flagged() {
        return state != State.INSURED;
    }

    public boolean refusesAssistance() {
        return state == State.NOT_INSURED;
    }
}

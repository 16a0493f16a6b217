package org.medaid.reports;

import org.medaid.model.Bill;
import org.medaid.settlement.Settled;

/**
 * Who the assistance of a settled bill is owed to (POLICY-NOTES §8, 一站式结算): a bill the hospital settled
 * one-stop carries the assistance it advanced ({@code assistance} or {@code reAssistance} as settled), which the
 * fund repays to the hospital; a bill without settled assistance was claimed afterwards (零星报销) and its
 * assistance is paid to the person.
 */
public enum Channel {
    /** 一站式结算: the hospital advanced the assistance; the fund owes the hospital. */
    ONE_STOP,
    /** 零星报销: claimed afterwards at the desk; the fund owes the person. */
    AFTERWARDS;

    public static Channel of(Settled s) {
        return of(s.settlement());
    }

    public static Channel of(org.medaid.settlement.Settlement s) {
        Bill b = s.slip().stay().bill();
        return b.assistance() != null || b.reAssistance() != null ? ONE_STOP : AFTERWARDS;
    }
}

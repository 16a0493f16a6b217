package org.medaid.desk.approval;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.medaid.workflow.Stage;
import org.medaid.workflow.WaitingCase;

/**
 * One case in a stage's queue: who, where, since when it is at the stage, by when the next act is due
 * ({@code due} null: no deadline), whether the visit deadline has passed, and the amount at stake.
 */
public record CaseRow(long applicationId, long personId, String name, String place, Stage stage, LocalDate since,
        LocalDate due, boolean overdue, BigDecimal amount) {

    static CaseRow of(WaitingCase w) {
        return new CaseRow(w.applicationId(), w.personId(), w.name(), place(w.township(), w.village()), w.stage(), w.since(),
                w.due(), w.overdue(), w.amount());
    }

    static String place(String township, String village) {
        return (township == null ? "" : township) + (village == null ? "" : village);
    }
}

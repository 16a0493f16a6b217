package org.medaid.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medaid.bills.StoredBill;
import org.medaid.model.WorkingDays;
import org.medaid.policy.WorkingCalendar;
import org.medaid.store.PersonRecord;

/**
 * A stored 公示 end records the calendar it was computed with and is computed again when the calendar
 * changes before the notice ends (ADR 0037). Today is 2024-12-20 (the workflow desk's clock).
 */
class NoticeCalendarTest {

    @TempDir
    Path dir;

    @Test
    void aNoticeNotYetEndedFollowsTheNewCalendarAndAnEndedOneKeepsItsEnd() {
        try (WorkflowDesk w = new WorkflowDesk(dir)) {
            // An old calendar that knew no holidays: 2024-12-30 + 5 working days ends 2025-01-03.
            WorkingDays old = new WorkingDays("weekends-v0", Set.of(2024, 2025), List.of(), List.of());
            WorkflowService before = new WorkflowService(w.desk.db, w.desk.people, w.desk.bills, w.ledger, w.auth, old, w.procedures,
                    w.desk.clock);
            AssistanceApplication open = publicised(w, before, "陈八", LocalDate.of(2024, 12, 30));
            AssistanceApplication ended = publicised(w, before, "李九", LocalDate.of(2024, 12, 9));
            assertEquals(LocalDate.of(2025, 1, 3), open.publicityEnd());
            assertEquals(LocalDate.of(2024, 12, 13), ended.publicityEnd());

            List<Long> changed = new NoticeCalendar(w.desk.db, WorkingCalendar.bundled(), w.desk.clock).refresh();

            assertEquals(List.of(open.id()), changed);
            AssistanceApplication now = w.workflow.byId(open.id()).orElseThrow();
            assertEquals(LocalDate.of(2025, 1, 6), now.publicityEnd(), "元旦 2025-01-01 is not a working day");
            assertEquals(open.version() + 1, now.version(), "a screen holding the old row must reload it");
            assertEquals(LocalDate.of(2024, 12, 13), w.workflow.byId(ended.id()).orElseThrow().publicityEnd());
            assertEquals(List.of(), new NoticeCalendar(w.desk.db, WorkingCalendar.bundled(), w.desk.clock).refresh(),
                    "computed with this calendar: nothing to do the second time");
        }
    }

    private static AssistanceApplication publicised(WorkflowDesk w, WorkflowService flow, String name, LocalDate start) {
        PersonRecord p = w.marginal(name, "石门村");
        StoredBill bill = w.bill(p, LocalDate.of(2024, 11, 20), w.clerk);
        AssistanceApplication a = w.apply(p, bill, LocalDate.of(2024, 11, 28), "3000.00", w.clerk);
        a = flow.review(a.id(), a.version(), LocalDate.of(2024, 12, 3), "刘干部", "入户核实属实", w.reviewer);
        return flow.publicise(a.id(), a.version(), start, null, w.reviewer);
    }
}

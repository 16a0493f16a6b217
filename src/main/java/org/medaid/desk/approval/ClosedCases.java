package org.medaid.desk.approval;

import java.util.List;
import org.medaid.store.Database;
import org.medaid.workflow.ClosedApplications;
import org.medaid.workflow.Stage;

/** The closed queues (拨付 and 不予救助) as rows of the approval screen's table. */
final class ClosedCases {

    static final int LIMIT = ClosedApplications.LIMIT;

    private final ClosedApplications closed;

    ClosedCases(Database db) {
        this.closed = new ClosedApplications(db);
    }

    List<CaseRow> at(Stage stage) {
        return closed.at(stage).stream()
                .map(c -> new CaseRow(c.id(), c.personId(), c.name(), CaseRow.place(c.township(), c.village()), c.stage(),
                        c.since(), null, false, c.amount()))
                .toList();
    }

    int count(Stage stage) {
        return closed.count(stage);
    }
}

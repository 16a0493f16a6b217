package org.medaid.desk.approval;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.medaid.store.Database;
import org.medaid.store.Sql;
import org.medaid.workflow.Stage;

/**
 * The closed queues (拨付 and 不予救助), newest first. A thin adapter: the workflow's queries list only the
 * stages still waiting for someone ({@code ApplicationQueries.waitingAt} refuses PAID and REJECTED), and
 * the clerk needs to look a paid or refused case up too. Read-only; listed as a gap for the workflow.
 */
final class ClosedCases {

    static final int LIMIT = 200;

    private final Database db;

    ClosedCases(Database db) {
        this.db = db;
    }

    List<CaseRow> at(Stage stage) {
        if (stage.open()) {
            throw new IllegalArgumentException(stage + " is still open");
        }
        String dateColumn = stage == Stage.PAID ? "a.payout_date" : "a.rejected_on";
        String amount = stage == Stage.PAID ? "a.approved_amount" : "a.requested_amount";
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.person_id, p.name, p.township, p.village, "
                    + dateColumn + " AS since, " + amount + " AS amount FROM application a JOIN person p ON p.id = a.person_id "
                    + "WHERE a.stage = ? ORDER BY since DESC, a.id DESC LIMIT " + LIMIT)) {
                ps.setString(1, stage.name());
                List<CaseRow> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new CaseRow(rs.getLong("id"), rs.getLong("person_id"), rs.getString("name"),
                                CaseRow.place(rs.getString("township"), rs.getString("village")), stage,
                                Sql.date(rs, "since"), null, false, rs.getBigDecimal("amount")));
                    }
                }
                return out;
            }
        });
    }

    int count(Stage stage) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM application WHERE stage = ?")) {
                ps.setString(1, stage.name());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }
}
